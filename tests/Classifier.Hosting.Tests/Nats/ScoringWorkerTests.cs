using System.Text.Json;
using Classifier.Hosting.Nats;

namespace Classifier.Hosting.Tests.Nats;

/// <summary>The worker in-process against a real nats-server with JetStream.</summary>
public sealed class ScoringWorkerTests
{
    [Fact]
    public async Task A_good_message_is_scored_published_with_its_id_and_acked()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        var sequence = await bed.PublishAsync("""{"id":"art-1","title":"Talks in Doha","text":"The foreign ministers of Qatar and Oman agreed to deepen cooperation on trade."}""");

        var worker = bed.StartWorker();
        await bed.WaitUntilSettledAsync();
        var stats = await worker.StopAsync();

        var stored = await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault);
        var result = Assert.Single(stored);
        Assert.Equal(bed.Options.OutSubject, result.Subject);
        Assert.Equal("art-1", result.Json.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(result.Json.GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Array, result.Json.GetProperty("topicScores").ValueKind);
        Assert.Equal($"{bed.Options.Stream}:{sequence}", result.Header(WorkerHeaders.MsgId));
        Assert.Equal("test-worker", result.Header(WorkerHeaders.Worker));
        Assert.Equal(1, stats!.Scored);
        Assert.Equal(0, stats.DeadLettered);
        Assert.Contains("worker stopped: 1 scored", bed.Log.ToString());
    }

    [Fact]
    public async Task Malformed_messages_are_dead_lettered_with_the_reason_and_acked()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        var inputs = new (string Payload, string? Id, string Reason)[]
        {
            ("""{"id":"bad-json","text":""", null, "invalid JSON"),
            ("""["not","an","object"]""", null, "expected a JSON object, found Array"),
            ("""{"id":"no-text","title":""}""", "no-text", "missing \"text\""),
            ("""{"id":"empty-text","title":" ","text":"   "}""", "empty-text", "empty \"text\""),
            ("", null, "invalid JSON"),
        };
        var sequences = new List<ulong>();
        foreach (var input in inputs)
        {
            sequences.Add(await bed.PublishAsync(input.Payload));
        }

        var good = await bed.PublishAsync("""{"id":"fine","text":"The striker scored twice as the champions won the derby."}""");

        var worker = bed.StartWorker();
        await bed.WaitUntilSettledAsync();
        var stats = await worker.StopAsync();

        var stored = await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault);
        var letters = stored.Where(m => m.Subject == bed.Options.DeadLetterSubjectOrDefault).ToDictionary(m => m.Json.GetProperty("streamSequence").GetUInt64());
        Assert.Equal(inputs.Length, letters.Count);
        for (var i = 0; i < inputs.Length; i++)
        {
            var letter = letters[sequences[i]].Json;
            Assert.StartsWith(inputs[i].Reason, letter.GetProperty("reason").GetString());
            Assert.Equal(inputs[i].Payload, letter.GetProperty("payload").GetString());
            Assert.Equal(bed.Options.Subject, letter.GetProperty("subject").GetString());
            Assert.Equal(bed.Options.Stream, letter.GetProperty("stream").GetString());
            Assert.Equal(inputs[i].Id, letter.TryGetProperty("id", out var id) ? id.GetString() : null);
            Assert.Equal($"{bed.Options.Stream}:{sequences[i]}", letters[sequences[i]].Header(WorkerHeaders.MsgId));
        }

        var result = Assert.Single(stored, m => m.Subject == bed.Options.OutSubject);
        Assert.Equal("fine", result.Json.GetProperty("id").GetString());
        Assert.Equal($"{bed.Options.Stream}:{good}", result.Header(WorkerHeaders.MsgId));
        Assert.Equal(inputs.Length, stats!.DeadLettered);
        Assert.Equal(1, stats.Scored);
    }

    [Fact]
    public async Task A_message_without_an_id_gets_its_stream_and_sequence_as_id()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        await bed.PublishAsync("""{"id":"first","text":"The central bank raised interest rates by half a point."}""");
        var anonymous = await bed.PublishAsync("""{"title":"No id","text":"Troops shelled rebel positions near the border overnight."}""");

        var worker = bed.StartWorker();
        await bed.WaitUntilSettledAsync();
        await worker.StopAsync();

        var ids = (await bed.ReadStreamAsync(bed.Options.OutStreamOrDefault)).Select(m => m.Json.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["first", $"NEWS:{anonymous}"], ids);
    }

    [Fact]
    public async Task A_result_stored_but_not_acked_is_redelivered_and_dropped_as_a_duplicate()
    {
        await using var bed = await NatsTestBed.StartAsync();
        var options = bed.Options with { AckWait = TimeSpan.FromSeconds(1) };
        await StreamSetup.EnsureInputStreamAsync(bed.Js, options);
        await bed.PublishAsync("""{"id":"crash-1","text":"The two foreign ministers met for talks in Doha on Sunday."}""");

        // The first worker stores the result, then dies before its ack: the worst moment.
        var crashing = bed.StartWorker(options, beforeAck: _ => throw new InvalidOperationException("simulated crash before the ack"));
        var crash = await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.Run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("simulated crash before the ack", crash.Message);
        Assert.Single(await bed.ReadStreamAsync(options.OutStreamOrDefault));
        Assert.Equal(1, (await bed.ConsumerInfoAsync(options)).NumAckPending);

        // After the ack wait the server hands the input to the next worker, which scores and publishes it again.
        var next = bed.StartWorker(options);
        await bed.WaitUntilSettledAsync(options);
        var stats = await next.StopAsync();

        var stored = await bed.ReadStreamAsync(options.OutStreamOrDefault);
        var result = Assert.Single(stored);
        Assert.Equal("crash-1", result.Json.GetProperty("id").GetString());
        // On a loaded machine the 1s ack wait can run out once more while the second worker is busy, which only
        // adds another dropped re-publish: the counts may grow, the single stored result may not.
        Assert.True(stats!.Redelivered >= 1 && stats.Duplicates >= 1, $"{stats.Summary()}\n{bed.Log}");
    }

    [Fact]
    public async Task Stopping_finishes_and_acks_the_batch_in_hand()
    {
        await using var bed = await NatsTestBed.StartAsync();
        var options = bed.Options with { BatchSize = 8 };
        await StreamSetup.EnsureInputStreamAsync(bed.Js, options);
        for (var i = 0; i < 40; i++)
        {
            await bed.PublishAsync($$"""{"id":"stop-{{i}}","text":"Ministers from {{i}} countries met to discuss trade and security."}""");
        }

        var self = new TaskCompletionSource<NatsTestBed.RunningWorker>(TaskCreationOptions.RunContinuationsAsynchronously);
        var batches = 0;
        var worker = bed.StartWorker(options, beforeAck: async _ =>
        {
            // The stop arrives while the first batch is stored but not yet acked.
            if (Interlocked.Increment(ref batches) == 1)
            {
                (await self.Task).RequestStop();
            }
        });
        self.SetResult(worker);
        var stats = await worker.Run.WaitAsync(TimeSpan.FromSeconds(20));

        var info = await bed.ConsumerInfoAsync(options);
        Assert.Equal(0, info.NumAckPending);
        Assert.Equal(1, batches);
        Assert.Equal(8, stats.Scored);
        Assert.Equal(40UL - 8UL, info.NumPending);
        Assert.Equal(8, (await bed.ReadStreamAsync(options.OutStreamOrDefault)).Count);
    }
}
