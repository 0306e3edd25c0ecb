using System.Text.Json;
using Classifier.Hosting.Nats;
using Classifier.Hosting.Tests.Support;

namespace Classifier.Hosting.Tests.Nats;

/// <summary>Inputs that break the worker: bytes that are not UTF-8, an article that makes the scorer throw, and one
/// that kills the worker every time it is scored. Each must end as exactly one dead letter, and its batch-mates as
/// results.</summary>
public sealed class PoisonTests
{
    [Fact]
    public async Task A_message_that_is_not_utf8_is_dead_lettered_naming_the_bad_byte()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        var bad = await bed.PublishAsync([.. "{\"id\":\"latin1\",\"text\":\"Caf"u8, 0xE9, .. "\"}"u8]);
        await bed.PublishAsync("""{"id":"fine","text":"The central bank raised interest rates."}""");

        var worker = bed.StartWorker();
        await bed.WaitUntilSettledAsync();
        var stats = await worker.StopAsync();

        var stored = await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault);
        var letter = Assert.Single(stored, m => m.Subject == bed.Options.DeadLetterSubjectOrDefault);
        Assert.Equal(bad, letter.Json.GetProperty("streamSequence").GetUInt64());
        Assert.Equal("not valid UTF-8: bad byte 0xE9 at offset 26", letter.Json.GetProperty("reason").GetString());
        Assert.Single(stored, m => m.Subject == bed.Options.OutSubject);
        Assert.Equal(1, stats!.Scored);
    }

    [Fact]
    public async Task An_article_that_breaks_the_scorer_is_dead_lettered_and_its_batch_mates_are_scored()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        await bed.PublishAsync("""{"id":"a","text":"Ministers met in Doha for talks on trade."}""");
        await bed.PublishAsync($$"""{"id":"poison","text":"Troops shelled the town. {{PoisonedScorer.Marker}}"}""");
        await bed.PublishAsync("""{"id":"b","text":"Floods in Bangladesh killed 20 people."}""");

        var worker = bed.StartWorker(scorer: PoisonedScorer.Throwing(() => new IndexOutOfRangeException("a defect met")));
        await bed.WaitUntilSettledAsync();
        var stats = await worker.StopAsync();

        var stored = await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault);
        var letter = Assert.Single(stored, m => m.Subject == bed.Options.DeadLetterSubjectOrDefault);
        Assert.Equal("poison", letter.Json.GetProperty("id").GetString());
        Assert.Equal("scoring failed: IndexOutOfRangeException: a defect met", letter.Json.GetProperty("reason").GetString());
        Assert.Equal(["a", "b"], stored.Where(m => m.Subject == bed.Options.OutSubject).Select(m => m.Json.GetProperty("id").GetString()).Order());
        Assert.Equal(0, stats!.Redelivered);
    }

    [Fact]
    public async Task An_input_that_kills_every_worker_that_scores_it_is_dead_lettered_after_the_delivery_cap()
    {
        await using var bed = await NatsTestBed.StartAsync();
        var options = bed.Options with { AckWait = TimeSpan.FromSeconds(1), MaxDeliveries = 2 };
        await StreamSetup.EnsureInputStreamAsync(bed.Js, options);
        var goodIds = new[] { "g1", "g2", "g3" };
        foreach (var id in goodIds)
        {
            await bed.PublishAsync($$"""{"id":"{{id}}","text":"Ministers met in Doha for talks on trade."}""");
        }

        var poison = await bed.PublishAsync($$"""{"id":"killer","text":"{{PoisonedScorer.Marker}}"}""");
        // Out of memory is fatal: not isolated, the worker dies as a process would.
        var killer = PoisonedScorer.Throwing(() => new OutOfMemoryException("simulated crash"));

        // Delivery 1, the whole batch: the worker dies. Delivery 2, each redelivered input alone: the three good ones
        // are stored and acked, then the worker dies on the poison again.
        for (var delivery = 1; delivery <= 2; delivery++)
        {
            var dying = bed.StartWorker(options, scorer: killer);
            await Assert.ThrowsAsync<OutOfMemoryException>(() => dying.Run.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        // Delivery 3 is past the cap: dead-lettered unscored, so even this worker survives it.
        var last = bed.StartWorker(options, scorer: killer);
        await bed.WaitUntilSettledAsync(options);
        await last.StopAsync();

        var stored = await bed.ReadStreamAsync(options.OutStreamOrDefault);
        var letter = Assert.Single(stored, m => m.Subject == options.DeadLetterSubjectOrDefault);
        Assert.Equal(poison, letter.Json.GetProperty("streamSequence").GetUInt64());
        Assert.Equal("killer", letter.Json.GetProperty("id").GetString());
        Assert.StartsWith("given up after 2 deliveries", letter.Json.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(goodIds, stored.Where(m => m.Subject == options.OutSubject).Select(m => m.Json.GetProperty("id").GetString()!).Order());
    }
}
