using System.CommandLine;
using System.Runtime.ExceptionServices;
using Classifier.Hosting.Nats;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>worker: score a NATS JetStream subject into another, as one of any number of workers on a durable consumer.</summary>
public static class WorkerCommand
{
    private static readonly TimeSpan s_modelReloadInterval = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var nats = new Option<string>("--nats")
        {
            Description = "NATS server URL.",
            DefaultValueFactory = _ => WorkerOptions.DefaultUrl,
            HelpName = "URL",
        };
        var stream = new Option<string>("--stream")
        {
            Description = "JetStream stream holding the input; created (capturing --subject) if missing, never changed if present.",
            DefaultValueFactory = _ => WorkerOptions.DefaultStream,
            HelpName = "NAME",
        };
        var subject = new Option<string>("--subject")
        {
            Description = "Input subject, one {\"id\",\"title\",\"text\"} JSON object per message; may use * and > wildcards.",
            DefaultValueFactory = _ => WorkerOptions.DefaultSubject,
            HelpName = "SUBJECT",
        };
        var output = new Option<string>("--out")
        {
            Description = "Subject each result is published to: the classification JSON with the input's id (inputs without an id get <stream>:<sequence>).",
            DefaultValueFactory = _ => WorkerOptions.DefaultOutSubject,
            HelpName = "SUBJECT",
        };
        var deadLetter = new Option<string?>("--dead-letter")
        {
            Description = "Subject for messages that cannot be scored, with the reason and the original payload. Default: <out>.dead.",
            HelpName = "SUBJECT",
        };
        var outStream = new Option<string?>("--out-stream")
        {
            Description = "Stream keeping results and dead letters; created if missing. Default: <stream>_SCORED.",
            HelpName = "NAME",
        };
        var durable = new Option<string>("--durable")
        {
            Description = "Durable consumer name; workers with the same one share the messages.",
            DefaultValueFactory = _ => WorkerOptions.DefaultDurable,
            HelpName = "NAME",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Most messages scored together. A batch takes only the messages already waiting, so a trickle is scored at once.",
            DefaultValueFactory = _ => WorkerOptions.DefaultBatchSize,
        };
        batchSize.RequireBetween(1, 10_000);
        var ackWait = new Option<int>("--ack-wait")
        {
            Description = "Seconds the server waits for a worker's ack before redelivering the message (e.g. after the worker died).",
            DefaultValueFactory = _ => (int)WorkerOptions.DefaultAckWait.TotalSeconds,
            HelpName = "SECONDS",
        };
        ackWait.RequireBetween(1, 3600, " seconds");
        var maxAckPending = new Option<int>("--max-ack-pending")
        {
            Description = "Most messages out and not yet acked over all workers of the durable: back-pressure on the stream.",
            DefaultValueFactory = _ => WorkerOptions.DefaultMaxAckPending,
        };
        maxAckPending.RequireBetween(1, 1_000_000);
        var maxDeliveries = new Option<int>("--max-deliveries")
        {
            Description = "Deliveries of one message before it is dead-lettered unscored (its workers died or could not store an outcome each time).",
            DefaultValueFactory = _ => WorkerOptions.DefaultMaxDeliveries,
        };
        maxDeliveries.RequireBetween(1, 1000);
        var metricsUrls = new Option<string?>("--metrics-urls")
        {
            Description = "Serve Prometheus metrics at <url>/metrics, e.g. http://127.0.0.1:9464 (';'-separated). Off by default.",
            HelpName = "URLS",
        };
        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command(
            "worker",
            "Score a NATS JetStream subject into another until stopped (Ctrl+C or SIGTERM finish the batch in hand first). "
            + "Each result is stored before its input is acked; run several workers with one --durable to share the load.")
        {
            nats, stream, subject, output, deadLetter, outStream, durable, batchSize, ackWait, maxAckPending, maxDeliveries, metricsUrls, model, engine,
        };
        command.SetAction(result => Run(
            new WorkerOptions
            {
                Url = result.GetValue(nats)!,
                Stream = result.GetValue(stream)!,
                Subject = result.GetValue(subject)!,
                OutSubject = result.GetValue(output)!,
                DeadLetterSubject = result.GetValue(deadLetter),
                OutStream = result.GetValue(outStream),
                Durable = result.GetValue(durable)!,
                BatchSize = result.GetValue(batchSize),
                AckWait = TimeSpan.FromSeconds(result.GetValue(ackWait)),
                MaxAckPending = result.GetValue(maxAckPending),
                MaxDeliveries = result.GetValue(maxDeliveries),
            },
            result.GetValue(metricsUrls),
            result.GetValue(model), result.GetValue(engine)));
        return command;
    }

    private static int Run(WorkerOptions options, string? metricsUrls, string? modelPath, ScoringEngine engine)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            return ExitCodes.Usage;
        }

        using var holder = ModelLoader.TryLoadReloadable(modelPath, s_modelReloadInterval, engine);
        if (holder is null)
        {
            return ExitCodes.ModelError;
        }

        var metricsLine = metricsUrls is null ? "" : $"; metrics at {string.Join(", ", metricsUrls.Split(';').Select(u => $"{u.TrimEnd('/')}/metrics"))}";
        Console.Error.WriteLine($"scoring with the model at {holder.Path}, watching it for a new bundle every {s_modelReloadInterval.TotalSeconds:0}s{metricsLine}");
        Exception? failure;
        try
        {
            using var host = WorkerHost.Build(options, holder, metricsUrls);
            failure = WorkerHost.RunAsync(host).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            // Kestrel reports a taken metrics port as an IOException; say which address, not a stack trace.
            Console.Error.WriteLine($"error: cannot listen on {metricsUrls}: {e.Message}");
            return ExitCodes.Usage;
        }

        switch (failure)
        {
            case null:
                return ExitCodes.Success;
            case WorkerSetupException setup:
                Console.Error.WriteLine($"error: {setup.Message}");
                return ExitCodes.BrokerError;
            default:
                ExceptionDispatchInfo.Capture(failure).Throw();
                return ExitCodes.Internal;
        }
    }
}
