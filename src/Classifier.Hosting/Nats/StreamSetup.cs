using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Classifier.Hosting.Nats;

/// <summary>Makes sure the streams the worker reads and writes exist. A missing stream is created; an existing one is
/// never changed (it may belong to someone else, with limits chosen on purpose), only checked, and one that does not
/// capture the subjects the worker needs is refused with <see cref="WorkerSetupException"/>.</summary>
public static class StreamSetup
{
    private const int StreamNotFound = 10059;

    /// <summary>Ensures <see cref="WorkerOptions.Stream"/> exists and captures <see cref="WorkerOptions.Subject"/>.</summary>
    public static Task<EnsuredStream> EnsureInputStreamAsync(INatsJSContext js, WorkerOptions options, CancellationToken cancellationToken = default) =>
        EnsureAsync(js, options.Stream, [options.Subject], options.DuplicateWindow, "input", cancellationToken);

    /// <summary>Ensures the output stream exists and captures both the result and dead-letter subjects, so that results
    /// are as durable as their inputs and one duplicate window covers both.</summary>
    public static Task<EnsuredStream> EnsureOutputStreamAsync(INatsJSContext js, WorkerOptions options, CancellationToken cancellationToken = default) =>
        EnsureAsync(js, options.OutStreamOrDefault, [options.OutSubject, options.DeadLetterSubjectOrDefault], options.DuplicateWindow, "output", cancellationToken);

    private static async Task<EnsuredStream> EnsureAsync(
        INatsJSContext js, string name, string[] subjects, TimeSpan duplicateWindow, string role, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(js, name, cancellationToken);
        if (existing is null)
        {
            try
            {
                var created = await js.CreateStreamAsync(
                    new StreamConfig(name, subjects)
                    {
                        Storage = StreamConfigStorage.File,
                        Retention = StreamConfigRetention.Limits,
                        DuplicateWindow = duplicateWindow,
                    },
                    cancellationToken);
                return new EnsuredStream(created.Info, Created: true);
            }
            catch (NatsJSApiException e)
            {
                // Another worker starting at the same moment may have created it first (with the same config the
                // server answers success, with another it refuses): what counts is what is there now.
                existing = await FindAsync(js, name, cancellationToken)
                    ?? throw new WorkerSetupException(
                        $"cannot create the {role} stream {name} for {string.Join(", ", subjects)}: {e.Error.Description} (error {e.Error.ErrCode}).", e);
            }
        }

        var captured = existing.Config.Subjects;
        var missing = subjects.Where(s => !Subjects.CapturedByAny(captured, s)).ToArray();
        if (missing.Length > 0)
        {
            var has = captured is { Count: > 0 } ? string.Join(", ", captured) : "none";
            throw new WorkerSetupException(
                $"the {role} stream {name} exists but does not capture {string.Join(" or ", missing)} (its subjects: {has}). "
                + "The worker does not change existing streams: add the subject to the stream, or pick another stream or subject.");
        }

        return new EnsuredStream(existing, Created: false);
    }

    /// <summary>A stream that is there and fits: its info as the server has it, and whether this call created it.</summary>
    public sealed record EnsuredStream(StreamInfo Info, bool Created);

    private static async Task<StreamInfo?> FindAsync(INatsJSContext js, string name, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await js.GetStreamAsync(name, request: null, cancellationToken);
            return stream.Info;
        }
        catch (NatsJSApiException e) when (e.Error.ErrCode == StreamNotFound || e.Error.Code == 404)
        {
            return null;
        }
        catch (NatsException e) when (e is not NatsJSApiException)
        {
            throw new WorkerSetupException(
                $"JetStream at {js.Connection.Opts.Url} did not answer ({e.Message}); is nats-server running with JetStream (-js)?", e);
        }
    }
}
