namespace Classifier.Hosting.Http;

/// <summary>A Prometheus-style cumulative histogram of request seconds, safe to observe from many threads.</summary>
internal sealed class LatencyHistogram
{
    // Scoring one article takes about a millisecond; a batch of hundreds, a second or so.
    public static readonly double[] Bounds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly long[] _buckets = new long[Bounds.Length + 1];
    private long _count;
    private long _sumMicroseconds;

    public void Observe(double seconds)
    {
        var index = Array.FindIndex(Bounds, b => seconds <= b);
        Interlocked.Increment(ref _buckets[index < 0 ? Bounds.Length : index]);
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _sumMicroseconds, (long)(seconds * 1e6));
    }

    /// <summary>Cumulative counts per upper bound (the last is +Inf), the count and the sum in seconds.</summary>
    public (long[] Cumulative, long Count, double Sum) Snapshot()
    {
        var cumulative = new long[_buckets.Length];
        long running = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            running += Interlocked.Read(ref _buckets[i]);
            cumulative[i] = running;
        }

        return (cumulative, Interlocked.Read(ref _count), Interlocked.Read(ref _sumMicroseconds) / 1e6);
    }
}
