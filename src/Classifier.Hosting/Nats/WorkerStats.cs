using System.Diagnostics;

namespace Classifier.Hosting.Nats;

/// <summary>What a worker has done since it started. Counters only grow; they are read from another thread (the
/// progress line) while the worker loop writes them, hence the interlocked access.</summary>
public sealed class WorkerStats
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _scored;
    private long _deadLettered;
    private long _duplicates;
    private long _redelivered;
    private long _failed;

    /// <summary>Inputs whose result is stored and which are acked.</summary>
    public long Scored => Interlocked.Read(ref _scored);

    /// <summary>Inputs whose dead letter is stored and which are acked.</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Outputs the output stream dropped as already stored (same Nats-Msg-Id): the trace of a redelivery
    /// after a worker stored a result but died, or was too slow, before its ack.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Inputs that arrived more than once.</summary>
    public long Redelivered => Interlocked.Read(ref _redelivered);

    /// <summary>Inputs whose output could not be stored; they were not acked and come back later.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public long Done => Scored + DeadLettered;

    public TimeSpan Elapsed => _clock.Elapsed;

    public double DocsPerSecond => Done / Math.Max(Elapsed.TotalSeconds, 1e-9);

    internal void AddScored() => Interlocked.Increment(ref _scored);

    internal void AddDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void AddDuplicate() => Interlocked.Increment(ref _duplicates);

    internal void AddRedelivered() => Interlocked.Increment(ref _redelivered);

    internal void AddFailed() => Interlocked.Increment(ref _failed);

    /// <summary>One line, e.g. for the end of a run: counts, time and overall rate.</summary>
    public string Summary() =>
        $"{Scored} scored, {DeadLettered} dead-lettered, {Duplicates} duplicates dropped, {Redelivered} redelivered, "
        + $"{Failed} failed, {Elapsed.TotalSeconds:F1}s, {DocsPerSecond:F0} docs/s";
}
