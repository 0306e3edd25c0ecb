using System.CommandLine;
using Classifier.Hosting.Http;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>serve: the HTTP service for monitoring systems (classify, batch, health, readiness, metrics, model).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var defaults = new ServiceOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (';'-separated). Loopback by default: expose it on purpose, behind a proxy.",
            DefaultValueFactory = _ => ServiceOptions.DefaultUrls,
            HelpName = "URLS",
        };
        var maxBatch = new Option<int>("--max-batch")
        {
            Description = "Most articles in one /v1/classify/batch request.",
            DefaultValueFactory = _ => defaults.MaxBatchSize,
        };
        var maxBody = new Option<long>("--max-body-bytes")
        {
            Description = $"Largest request body in bytes, under 2 GiB (at most {ServiceOptions.MaxBodyBytesLimit}); larger ones get 413.",
            DefaultValueFactory = _ => defaults.MaxBodyBytes,
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds a client has to send its whole request body; a slower one gets 503 (scoring is never cut off).",
            DefaultValueFactory = _ => defaults.RequestTimeout.TotalSeconds,
        };
        var concurrency = new Option<int>("--max-concurrency")
        {
            Description = "Scoring requests in progress at once; more wait in a queue (--queue), beyond that 503.",
            DefaultValueFactory = _ => defaults.MaxConcurrentRequests,
        };
        var queue = new Option<int>("--queue")
        {
            Description = "Scoring requests that may wait for a slot.",
            DefaultValueFactory = _ => defaults.QueueLimit,
        };
        var reload = new Option<double>("--reload-interval")
        {
            Description = "Seconds between checks for a new bundle at the model path (0: never reload).",
            DefaultValueFactory = _ => defaults.ReloadInterval.TotalSeconds,
        };
        maxBatch.Require(v => v > 0, "must be positive");
        maxBody.Require(v => v is > 0 and <= ServiceOptions.MaxBodyBytesLimit, $"must be between 1 and {ServiceOptions.MaxBodyBytesLimit} bytes (under 2 GiB: a body is held in one array)");
        timeout.Require(v => v > 0, "must be positive");
        concurrency.Require(v => v > 0, "must be positive");
        queue.Require(v => v >= 0, "must not be negative");
        reload.Require(v => v >= 0, "must not be negative");

        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command("serve", "Run the HTTP scoring service: POST /v1/classify, /v1/classify/batch; GET /healthz, /readyz, /metrics, /v1/model, /openapi/v1.json.")
        {
            urls, maxBatch, maxBody, timeout, concurrency, queue, reload, model, engine,
        };
        command.SetAction(result => Run(
            new ServiceOptions
            {
                Urls = result.GetValue(urls)!,
                MaxBatchSize = result.GetValue(maxBatch),
                MaxBodyBytes = result.GetValue(maxBody),
                RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                MaxConcurrentRequests = result.GetValue(concurrency),
                QueueLimit = result.GetValue(queue),
                ReloadInterval = TimeSpan.FromSeconds(result.GetValue(reload)),
            },
            result.GetValue(model), result.GetValue(engine)));
        return command;
    }

    private static int Run(ServiceOptions options, string? modelPath, ScoringEngine engine)
    {
        using var holder = ModelLoader.TryLoadReloadable(modelPath, options.ReloadInterval, engine);
        if (holder is null)
        {
            return ExitCodes.ModelError;
        }

        try
        {
            ClassifierService.Run(options, holder, message => Console.Error.WriteLine(message));
        }
        catch (IOException e)
        {
            // Kestrel reports a taken port as an IOException; say which address, not a stack trace.
            Console.Error.WriteLine($"error: cannot listen on {options.Urls}: {e.Message}");
            return ExitCodes.Usage;
        }

        return ExitCodes.Success;
    }
}
