using Classifier.Hosting.Models;
using Classifier.Hosting.Monitoring;
using Prometheus;

namespace Classifier.Hosting.Nats;

/// <summary>What a worker reports on <c>--metrics-urls</c>: messages by outcome (the <see cref="WorkerStats"/>
/// counters), batch latency, and the scoring counts every host shares (<see cref="ScoringMetrics"/>).</summary>
public sealed class WorkerMetrics
{
    private static readonly double[] s_batchBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter _messages;
    private readonly Histogram _batches;

    public WorkerMetrics(ModelHolder? model)
    {
        var factory = Metrics.WithCustomRegistry(Registry);
        _messages = factory.CreateCounter(
            "classifier_worker_messages_total",
            "Input messages by outcome: scored, dead_lettered (both stored and acked), failed (left for redelivery), redelivered, duplicate (output already stored).",
            "outcome");
        _batches = factory.CreateHistogram(
            "classifier_worker_batch_duration_seconds",
            "Time to score, store and ack one batch.",
            new HistogramConfiguration { Buckets = s_batchBuckets });
        Scoring = new ScoringMetrics(Registry, model);
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public ScoringMetrics Scoring { get; }

    internal void ObserveBatch(double seconds) => _batches.Observe(seconds);

    /// <summary>Reports <paramref name="stats"/> at every scrape; the counters only grow, as Prometheus expects.</summary>
    internal void Track(WorkerStats stats) =>
        Registry.AddBeforeCollectCallback(() =>
        {
            _messages.WithLabels("scored").IncTo(stats.Scored);
            _messages.WithLabels("dead_lettered").IncTo(stats.DeadLettered);
            _messages.WithLabels("failed").IncTo(stats.Failed);
            _messages.WithLabels("redelivered").IncTo(stats.Redelivered);
            _messages.WithLabels("duplicate").IncTo(stats.Duplicates);
        });
}
