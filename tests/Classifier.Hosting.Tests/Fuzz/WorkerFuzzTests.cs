using System.Diagnostics;
using Classifier.Hosting.Nats;
using Classifier.Hosting.Tests.Nats;
using Classifier.Scoring;
using Classifier.Tests.Shared;
using Xunit.Abstractions;

namespace Classifier.Hosting.Tests.Fuzz;

/// <summary>Thousands of malformed and mutated messages through a worker on a real nats-server: the worker never
/// dies, and every input gets exactly one output, a result or a dead letter. Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the counts.</summary>
public sealed class WorkerFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261206;
    private const int Messages = 2_000;

    [Fact]
    public async Task Malformed_messages_never_stop_the_worker_and_each_gets_exactly_one_output()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        var fuzzer = new WireFuzzer(Seed, hugeStringChars: 200_000);
        var watch = Stopwatch.StartNew();
        var sequences = new HashSet<ulong>();
        for (var i = 0; i < Messages; i++)
        {
            sequences.Add(await bed.PublishAsync(fuzzer.NextBody()));
        }

        var published = watch.Elapsed;
        var worker = bed.StartWorker(model: NewsClassifier.Load(RepoPaths.FastModel));
        await bed.WaitUntilSettledAsync(timeout: TimeSpan.FromSeconds(60));
        Assert.False(worker.Run.IsCompleted, $"the worker stopped by itself: {worker.Run.Exception}\n{bed.Log}");
        var stats = await worker.StopAsync();
        var settled = watch.Elapsed;

        var stored = await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault);
        var keys = stored.Select(m => m.Header(WorkerHeaders.MsgId)).ToList();
        Assert.Equal(Messages, stored.Count);
        Assert.Equal(sequences.Select(s => WorkerHeaders.InputKey(bed.Options.Stream, s)).Order(), keys.Order());
        var letters = stored.Count(m => m.Subject == bed.Options.DeadLetterSubjectOrDefault);
        Assert.Equal(Messages, stats!.Scored + stats.DeadLettered);

        output.WriteLine($"worker fuzz, seed {Seed}: {Messages} messages published in {published.TotalSeconds:F1}s, settled {settled.TotalSeconds:F1}s after the start: "
            + $"{Messages - letters} results, {letters} dead letters, {stats.Redelivered} redelivered");
        output.WriteLine($"  kinds: {string.Join(", ", fuzzer.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}"))}");
    }
}
