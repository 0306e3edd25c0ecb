using System.Diagnostics;
using System.Text.Json;
using Classifier.Hosting.Scoring;
using Classifier.Wire;
using Classifier.Scoring;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Classifier.Hosting.Nats;

/// <summary>The scoring loop on a JetStream durable pull consumer. For each batch: score it, store every outcome (a
/// result on the output subject, or a <see cref="DeadLetter"/>) and wait for JetStream's PubAck, and only then ack
/// the inputs. A worker that dies between the two leaves its inputs unacked; the server redelivers them after
/// <see cref="WorkerOptions.AckWait"/> (to this or another worker on the durable) and the re-published outputs carry
/// the same <see cref="WorkerHeaders.MsgId"/>, so the output stream drops them within its duplicate window. Delivery
/// is therefore at-least-once end to end, and consumers that read later than the window de-duplicate by <c>id</c>.
/// An input delivered more than <see cref="WorkerOptions.MaxDeliveries"/> times is dead-lettered unscored, and a
/// redelivered input is handled alone, so that one input that kills its worker cannot loop forever nor take the
/// inputs batched with it down too.</summary>
public sealed class ScoringWorker
{
    private static readonly NatsRawSerializer<byte[]> s_raw = NatsRawSerializer<byte[]>.Default;
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromSeconds(1);

    private readonly NatsJSContext _js;
    private readonly WorkerOptions _options;
    private readonly Func<NewsClassifier> _model;
    private readonly Action<string> _log;
    private readonly WorkerMetrics? _metrics;

    /// <param name="model">Called once per batch, so that a reloaded model applies from the next batch on.</param>
    /// <param name="log">Receives progress, warnings and the final summary, one line each.</param>
    /// <param name="metrics">Where counts are reported for <c>--metrics-urls</c>, if anywhere.</param>
    public ScoringWorker(INatsConnection connection, WorkerOptions options, Func<NewsClassifier> model, Action<string> log, WorkerMetrics? metrics = null)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _js = new NatsJSContext(connection);
        _options = options;
        _model = model;
        _log = log;
        _metrics = metrics;
        metrics?.Track(Stats);
    }

    public WorkerStats Stats { get; } = new();

    /// <summary>Runs between storing a batch's outputs and acking its inputs: where a crash costs the most, so tests
    /// throw here to prove the redelivery is harmless.</summary>
    internal Func<IReadOnlyList<string>, Task>? BeforeAck { get; init; }

    /// <summary>Scores the valid inputs of a batch; tests inject one that fails on a chosen article.</summary>
    internal IsolatingScorer Scorer { get; init; } = IsolatingScorer.Default;

    /// <summary>Ensures the streams and the durable, then scores until <paramref name="stoppingToken"/> is cancelled.
    /// Stopping ends fetching; the batch in hand is still stored and acked, so a stop loses no work and strands no
    /// message. Throws <see cref="WorkerSetupException"/> when the streams or consumer cannot be used.</summary>
    public async Task<WorkerStats> RunAsync(CancellationToken stoppingToken)
    {
        var consumer = await SetUpAsync(stoppingToken);
        using var progressStop = new CancellationTokenSource();
        var progress = ReportProgressAsync(progressStop.Token);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                IReadOnlyList<INatsJSMsg<byte[]>> batch;
                try
                {
                    batch = await NextBatchAsync(consumer);
                }
                catch (NatsException e)
                {
                    // A server restart or a deleted consumer: the client reconnects by itself, the durable is
                    // re-ensured here, and unacked messages wait on the server meanwhile.
                    _log($"warning: fetching from {_options.Stream}/{_options.Durable} failed: {e.Message}; retrying");
                    consumer = await RecoverConsumerAsync(consumer, stoppingToken);
                    continue;
                }

                if (batch.Count > 0)
                {
                    await ProcessAsync(batch);
                }
            }
        }
        finally
        {
            await progressStop.CancelAsync();
            await progress;
            _log($"worker stopped: {Stats.Summary()}");
        }

        return Stats;
    }

    private async Task<INatsJSConsumer> SetUpAsync(CancellationToken cancellationToken)
    {
        var input = await StreamSetup.EnsureInputStreamAsync(_js, _options, cancellationToken);
        if (input.Created)
        {
            _log($"created stream {_options.Stream} for {_options.Subject}");
        }

        var output = await StreamSetup.EnsureOutputStreamAsync(_js, _options, cancellationToken);
        if (output.Created)
        {
            _log($"created stream {_options.OutStreamOrDefault} for {_options.OutSubject} and {_options.DeadLetterSubjectOrDefault}");
        }

        var window = output.Info.Config.DuplicateWindow;
        if (window < _options.AckWait)
        {
            _log($"warning: stream {_options.OutStreamOrDefault} keeps message ids for {window.TotalSeconds:F0}s, less than the ack wait "
                + $"({_options.AckWait.TotalSeconds:F0}s): a result re-published after a redelivery may be stored twice; de-duplicate by id downstream.");
        }

        var consumer = await ConsumerSetup.EnsureAsync(_js, _options, cancellationToken);
        _log($"worker {_options.WorkerName}: {_options.Stream}/{_options.Subject} (durable {_options.Durable}, batch {_options.BatchSize}, "
            + $"ack wait {_options.AckWait.TotalSeconds:F0}s) -> {_options.OutSubject}, dead letters -> {_options.DeadLetterSubjectOrDefault} "
            + $"(stream {_options.OutStreamOrDefault})");
        return consumer;
    }

    private async Task<INatsJSConsumer> RecoverConsumerAsync(INatsJSConsumer current, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(s_retryDelay, stoppingToken);
            return await ConsumerSetup.EnsureAsync(_js, _options, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return current;
        }
        catch (WorkerSetupException e)
        {
            _log($"warning: {e.Message}");
            return current;
        }
    }

    /// <summary>Takes what is waiting, up to a batch, without waiting; when nothing is, waits up to
    /// <see cref="WorkerOptions.IdleWait"/> for one message and then takes what came with it. No cancellation token
    /// goes to the pulls: a pull dropped half-way can still be answered by the server, and that message would then sit
    /// unacked until the ack wait ran out.</summary>
    private async Task<IReadOnlyList<INatsJSMsg<byte[]>>> NextBatchAsync(INatsJSConsumer consumer)
    {
        var batch = new List<INatsJSMsg<byte[]>>(_options.BatchSize);
        await TakeWaitingAsync(consumer, batch);
        if (batch.Count > 0)
        {
            return batch;
        }

        var first = await consumer.NextAsync(s_raw, new NatsJSNextOpts { Expires = _options.IdleWait }, CancellationToken.None);
        if (first is not null)
        {
            batch.Add(first);
            await TakeWaitingAsync(consumer, batch);
        }

        return batch;
    }

    private async Task TakeWaitingAsync(INatsJSConsumer consumer, List<INatsJSMsg<byte[]>> batch)
    {
        var room = _options.BatchSize - batch.Count;
        if (room <= 0)
        {
            return;
        }

        await foreach (var msg in consumer.FetchNoWaitAsync(new NatsJSFetchOpts { MaxMsgs = room }, s_raw, CancellationToken.None))
        {
            batch.Add(msg);
        }
    }

    /// <summary>Fresh inputs are scored as one batch. A redelivered input is a suspect (a worker may have died on
    /// it), so each one is scored, stored and acked alone before the next: if it kills this worker too, no other
    /// input goes down with it and creeps towards the delivery cap.</summary>
    private async Task ProcessAsync(IReadOnlyList<INatsJSMsg<byte[]>> batch)
    {
        var fresh = batch.Where(m => Deliveries(m) <= 1).ToArray();
        if (fresh.Length > 0)
        {
            await ProcessTogetherAsync(fresh);
        }

        foreach (var suspect in batch.Where(m => Deliveries(m) > 1))
        {
            await ProcessTogetherAsync([suspect]);
        }
    }

    private static ulong Deliveries(INatsJSMsg<byte[]> msg) => msg.Metadata?.NumDelivered ?? 1;

    private async Task ProcessTogetherAsync(IReadOnlyList<INatsJSMsg<byte[]>> batch)
    {
        var started = Stopwatch.GetTimestamp();
        var metadata = new NatsJSMsgMetadata[batch.Count];
        var keys = new string[batch.Count];
        var outcomes = new BatchScorer.Outcome[batch.Count];
        var toScore = new List<int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            metadata[i] = batch[i].Metadata
                ?? throw new InvalidOperationException($"a message on {batch[i].Subject} has no JetStream metadata (reply subject {batch[i].ReplyTo}).");
            if (metadata[i].NumDelivered > 1)
            {
                Stats.AddRedelivered();
            }

            keys[i] = WorkerHeaders.InputKey(metadata[i].Stream, metadata[i].Sequence.Stream);
            if (metadata[i].NumDelivered > (ulong)_options.MaxDeliveries)
            {
                outcomes[i] = new BatchScorer.Outcome(
                    WireInput.Parse(batch[i].Data ?? []).Id,
                    null,
                    $"given up after {metadata[i].NumDelivered - 1} deliveries without a stored outcome (limit {_options.MaxDeliveries}): "
                    + "the workers that took it died or could not store a result; not scored again");
            }
            else
            {
                toScore.Add(i);
            }
        }

        if (toScore.Count > 0)
        {
            var scored = BatchScorer.Score(_model(), [.. toScore.Select(i => new BatchScorer.Input(batch[i].Data ?? [], keys[i]))], Scorer);
            for (var k = 0; k < toScore.Count; k++)
            {
                outcomes[toScore[k]] = scored[k];
            }
        }

        var stores = new Task<StoreResult>[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            stores[i] = StoreAsync(batch[i], metadata[i], keys[i], outcomes[i]);
        }

        var stored = await Task.WhenAll(stores);
        if (BeforeAck is not null)
        {
            await BeforeAck(keys);
        }

        var settles = new Task<string?>[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            settles[i] = SettleAsync(batch[i], metadata[i], keys[i], stored[i], outcomes[i]);
        }

        var problems = (await Task.WhenAll(settles)).Where(p => p is not null).ToArray();
        _metrics?.ObserveBatch(Stopwatch.GetElapsedTime(started).TotalSeconds);
        if (problems.Length > 0)
        {
            _log($"warning: {problems.Length} of {batch.Count} messages left for redelivery; first: {problems[0]}");
        }
    }

    private async Task<StoreResult> StoreAsync(INatsJSMsg<byte[]> msg, NatsJSMsgMetadata metadata, string key, BatchScorer.Outcome outcome)
    {
        string subject;
        byte[] body;
        if (outcome.Result is { } result)
        {
            subject = _options.OutSubject;
            body = JsonSerializer.SerializeToUtf8Bytes(result, JsonOutput.Compact);
        }
        else
        {
            subject = _options.DeadLetterSubjectOrDefault;
            var letter = DeadLetter.For(outcome.Id, outcome.Error ?? "unknown error", msg.Subject, metadata.Stream, metadata.Sequence.Stream, msg.Data ?? []);
            body = JsonSerializer.SerializeToUtf8Bytes(letter, JsonOutput.Compact);
        }

        var headers = new NatsHeaders { [WorkerHeaders.Worker] = _options.WorkerName };
        try
        {
            // Not EnsureSuccess(): it throws on a duplicate, which here means "already stored", i.e. success.
            var ack = await _js.PublishAsync(subject, body, s_raw, new NatsJSPubOpts { MsgId = key }, headers, CancellationToken.None);
            return ack.Error is { } error
                ? StoreResult.Failed($"{key}: {subject}: {error.Description} (error {error.ErrCode})")
                : new StoreResult(Stored: true, ack.Duplicate, null);
        }
        catch (NatsException e)
        {
            return StoreResult.Failed($"{key}: {subject}: {e.Message}");
        }
    }

    /// <summary>Acks an input whose outcome is stored, or gives it back with a delay that grows with its deliveries
    /// (so an output stream that is down is retried, not hammered). Returns why it is left for redelivery, or null.</summary>
    private async Task<string?> SettleAsync(INatsJSMsg<byte[]> msg, NatsJSMsgMetadata metadata, string key, StoreResult stored, BatchScorer.Outcome outcome)
    {
        try
        {
            if (!stored.Stored)
            {
                Stats.AddFailed();
                var delay = TimeSpan.FromSeconds(Math.Min(30, metadata.NumDelivered));
                await msg.NakAsync(new AckOpts { NakDelay = delay }, CancellationToken.None);
                return stored.Problem;
            }

            // Double ack: the server confirms, so a stop right after this batch cannot lose the ack in a socket buffer.
            await msg.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None);
        }
        catch (NatsException e)
        {
            if (stored.Stored)
            {
                Stats.AddFailed();
            }

            return $"ack of {key} failed: {e.Message}";
        }

        if (outcome.Result is not null)
        {
            Stats.AddScored();
            _metrics?.Scoring.ObserveArticle(outcome.Result);
        }
        else
        {
            Stats.AddDeadLettered();
            _metrics?.Scoring.ObserveArticleError();
        }

        if (stored.Duplicate)
        {
            Stats.AddDuplicate();
        }

        return null;
    }

    private async Task ReportProgressAsync(CancellationToken cancellationToken)
    {
        if (_options.ProgressInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.ProgressInterval);
        var lastDone = 0L;
        var lastTime = Stats.Elapsed;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var done = Stats.Done;
                var now = Stats.Elapsed;
                if (done != lastDone)
                {
                    var rate = (done - lastDone) / Math.Max((now - lastTime).TotalSeconds, 1e-9);
                    var failed = Stats.Failed > 0 ? $", {Stats.Failed} failed" : "";
                    _log($"worker: {Stats.Scored} scored, {Stats.DeadLettered} dead-lettered{failed}, {rate:F0} docs/s");
                }

                lastDone = done;
                lastTime = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the summary line follows.
        }
    }

    private readonly record struct StoreResult(bool Stored, bool Duplicate, string? Problem)
    {
        public static StoreResult Failed(string problem) => new(false, false, problem);
    }
}
