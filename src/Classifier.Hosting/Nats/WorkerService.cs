using Classifier.Hosting.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Classifier.Hosting.Nats;

/// <summary>The scoring worker as a Generic Host service: connects, runs <see cref="ScoringWorker"/> until the host
/// stops (Ctrl+C or SIGTERM through the host's console lifetime), and stops the host when it ends by itself. A
/// failure is kept in <see cref="Failure"/> for the command to turn into an exit code, rather than left to the
/// host, which would only log it.</summary>
public sealed class WorkerService(
    WorkerOptions options, ModelHolder model, WorkerMetrics metrics, ILoggerFactory loggers, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    // A short category: it starts every line of the worker's log.
    private readonly ILogger _logger = loggers.CreateLogger("worker");

    public Exception? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var connection = await NatsConnector.ConnectAsync(options.Url, $"classifier-worker {options.WorkerName}", stoppingToken);
            var worker = new ScoringWorker(connection, options, () => model.Current, Log, metrics);
            await worker.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while still connecting or setting up: nothing was taken, so nothing is left half-done.
        }
        catch (Exception e)
        {
            Failure = e;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    // The worker's lines say themselves whether they warn; keep the text as it is, so that it reads the same in a log.
    private void Log(string line)
    {
        if (line.StartsWith("warning: ", StringComparison.Ordinal))
        {
            _logger.LogWarning("{Line}", line);
        }
        else
        {
            _logger.LogInformation("{Line}", line);
        }
    }
}
