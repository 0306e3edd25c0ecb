using System.Threading.RateLimiting;
using Classifier.Articles;
using Classifier.Wire;
using Classifier.Hosting.Models;
using Classifier.Hosting.Scoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;

namespace Classifier.Hosting.Http;

/// <summary>Builds the HTTP service: a thin adapter from Kestrel to the scorer, with the limits, health, metrics and
/// OpenAPI document a monitoring system needs.</summary>
public static class ClassifierService
{
    private const string ScoringLimiter = "scoring";

    /// <param name="configure">Last say over the builder before it is built; tests use it to swap in TestServer.</param>
    /// <exception cref="ArgumentException">The options cannot work (<see cref="ServiceOptions.Validate"/>).</exception>
    public static WebApplication Build(ServiceOptions options, ModelHolder model, Action<WebApplicationBuilder>? configure = null)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "classifier",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(model);
        builder.Services.AddSingleton<ServiceMetrics>();
        builder.Services.AddSingleton(IsolatingScorer.Default);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer<RequestBodyTransformer>());
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonOutput.Compact.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = JsonOutput.Compact.DefaultIgnoreCondition;
        });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.AddConcurrencyLimiter(ScoringLimiter, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrentRequests;
                concurrency.QueueLimit = options.QueueLimit;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Busy",
                    detail: $"more than {options.MaxConcurrentRequests} requests in progress and {options.QueueLimit} waiting; retry shortly")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        MapEndpoints(app);
        return app;
    }

    /// <summary>Serves until Ctrl+C or SIGTERM, then lets in-flight requests finish. Throws
    /// <see cref="IOException"/> when an address cannot be bound.</summary>
    public static void Run(ServiceOptions options, ModelHolder model, Action<string> announce)
    {
        using var app = Build(options, model);
        app.Start();
        var watching = model.PollInterval > TimeSpan.Zero
            ? $"watching {model.Path} for a new bundle every {model.PollInterval.TotalSeconds:0.###}s"
            : "not watching for a new bundle";
        announce($"classifier serving on {string.Join(", ", app.Urls)} with the model at {model.Path}, {watching} (Ctrl+C stops)");
        app.WaitForShutdown();
    }

    /// <summary>What both scoring endpoints share: the refusals they document and the concurrency limit.</summary>
    private static RouteHandlerBuilder AsScoringEndpoint(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(ScoringLimiter);

    private static void MapEndpoints(WebApplication app)
    {
        app.MapOpenApi("/openapi/v1.json");

        app.MapPost("/v1/classify", ClassifyHandlers.ClassifyOneAsync)
            .WithName("Classify")
            .WithSummary("Classify one article {\"id\",\"title\",\"text\"}.")
            .WithMetadata(new JsonRequestBody(typeof(ClassifyRequest)))
            .Produces<Classification>()
            .AsScoringEndpoint();

        app.MapPost("/v1/classify/batch", ClassifyHandlers.ClassifyBatchAsync)
            .WithName("ClassifyBatch")
            .WithSummary("Classify up to the configured number of articles; one result or error per article, in order.")
            .WithMetadata(new JsonRequestBody(typeof(ClassifyBatchRequest)))
            .Produces<ClassifyBatchResponse>()
            .AsScoringEndpoint();

        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }))
            .WithSummary("Liveness: the process answers.");

        app.MapGet("/readyz", (ModelHolder model, IHostApplicationLifetime lifetime) =>
                lifetime.ApplicationStopping.IsCancellationRequested
                    ? Results.Json(new { status = "stopping" }, statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(new Readiness("ready", model.Current.Manifest.CreatedAt, model.Refused), JsonOutput.Compact))
            .WithSummary("Readiness: a model is loaded and the service is not shutting down; names a refused replacement bundle.");

        // A route handler rather than prometheus-net's MapMetrics, whose pipeline endpoint OpenAPI cannot see.
        app.MapGet("/metrics", async (HttpContext context, ServiceMetrics metrics) =>
            {
                context.Response.ContentType = PrometheusConstants.TextContentTypeWithVersionAndEncoding;
                await metrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            })
            .WithSummary("Prometheus metrics (text format).");

        app.MapGet("/v1/model", (ModelHolder model) => Results.Json(ModelInfo.Of(model), Bundles.BundleFormat.JsonOptions))
            .WithSummary("The model in use: identity, versions, heads and validation metrics, creation and load time.")
            .Produces<ModelInfo>();
    }
}
