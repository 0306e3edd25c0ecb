using Classifier.Hosting.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Prometheus;

namespace Classifier.Hosting.Nats;

/// <summary>Builds the worker's Generic Host: <see cref="WorkerService"/> with console logging on stderr and the
/// host's signal handling, plus, when metrics URLs are given, a Kestrel endpoint serving <c>GET /metrics</c>.</summary>
public static class WorkerHost
{
    /// <param name="metricsUrls">Where to serve <c>/metrics</c> (';'-separated, as <c>serve --urls</c>), or null
    /// for no listener at all.</param>
    /// <param name="configureLogging">Last say over logging; tests use it to capture the lines.</param>
    public static IHost Build(WorkerOptions options, ModelHolder model, string? metricsUrls, Action<ILoggingBuilder>? configureLogging = null)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var metrics = new WorkerMetrics(model);
        if (metricsUrls is null)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                ApplicationName = "classifier",
                ContentRootPath = AppContext.BaseDirectory,
            });
            AddWorker(builder.Services, builder.Logging, options, model, metrics, configureLogging);
            return builder.Build();
        }

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "classifier",
            ContentRootPath = AppContext.BaseDirectory,
        });
        web.WebHost.UseUrls(metricsUrls);
        AddWorker(web.Services, web.Logging, options, model, metrics, configureLogging);
        var app = web.Build();
        app.MapMetrics("/metrics", metrics.Registry);
        return app;
    }

    /// <summary>Runs the worker until a signal or its own end, and disposes the host. Returns the worker's failure,
    /// if it had one.</summary>
    public static async Task<Exception?> RunAsync(IHost host)
    {
        var worker = host.Services.GetRequiredService<WorkerService>();
        await host.RunAsync();
        return worker.Failure;
    }

    private static void AddWorker(
        IServiceCollection services, ILoggingBuilder logging, WorkerOptions options, ModelHolder model, WorkerMetrics metrics,
        Action<ILoggingBuilder>? configureLogging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.IncludeScopes = false;
        });
        logging.AddFilter("Microsoft", LogLevel.Warning);
        configureLogging?.Invoke(logging);
        services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);

        // A stop finishes the batch in hand, which may wait on PubAcks of a busy server: give it what an ack wait takes.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = options.AckWait + TimeSpan.FromSeconds(15));
        services.AddSingleton(options);
        services.AddSingleton(model);
        services.AddSingleton(metrics);
        services.AddSingleton<WorkerService>();
        services.AddHostedService(provider => provider.GetRequiredService<WorkerService>());
    }
}
