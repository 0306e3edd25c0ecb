using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Classifier.Hosting.Nats;
using Classifier.Hosting.Scoring;
using Classifier.Scoring;
using Classifier.Tests.Shared;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Classifier.Hosting.Tests.Nats;

/// <summary>A fresh nats-server with JetStream, a client connection to it, and helpers to publish inputs, run workers
/// in-process and read back what they stored.</summary>
internal sealed class NatsTestBed : IAsyncDisposable
{
    private static readonly Lazy<NewsClassifier> s_model = new(() => NewsClassifier.Load(RepoPaths.ShippedModel));
    private static readonly NatsRawSerializer<byte[]> s_raw = NatsRawSerializer<byte[]>.Default;

    private readonly List<RunningWorker> _workers = [];

    private NatsTestBed(NatsServer server, NatsConnection connection)
    {
        Server = server;
        Connection = connection;
        Js = new NatsJSContext(connection);
    }

    public NatsServer Server { get; }

    public NatsConnection Connection { get; }

    public NatsJSContext Js { get; }

    public ConcurrentLog Log { get; } = new();

    public static NewsClassifier Model => s_model.Value;

    /// <summary>Options for tests: the defaults, with waits short enough that a test never sits on a timer.</summary>
    public WorkerOptions Options { get; } = new()
    {
        IdleWait = TimeSpan.FromSeconds(1),
        ProgressInterval = TimeSpan.Zero,
        WorkerName = "test-worker",
    };

    public static async Task<NatsTestBed> StartAsync()
    {
        var server = NatsServer.Start();
        // Generous timeouts: the whole solution's tests share two cores in CI.
        var connection = new NatsConnection(new NatsOpts
        {
            Url = server.Url,
            Name = "classifier-tests",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            RequestTimeout = TimeSpan.FromSeconds(15),
        });
        try
        {
            await connection.ConnectAsync();
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync();
            var description = server.Describe();
            server.Dispose();
            throw new InvalidOperationException($"{e.Message}; {description}", e);
        }

        return new NatsTestBed(server, connection);
    }

    public RunningWorker StartWorker(
        WorkerOptions? options = null, Func<IReadOnlyList<string>, Task>? beforeAck = null, IsolatingScorer? scorer = null, NewsClassifier? model = null)
    {
        var scoringModel = model ?? Model;
        var worker = new ScoringWorker(Connection, options ?? Options, () => scoringModel, Log.Add)
        {
            BeforeAck = beforeAck,
            Scorer = scorer ?? IsolatingScorer.Default,
        };
        var running = new RunningWorker(worker);
        _workers.Add(running);
        return running;
    }

    /// <summary>Publishes one input (the stream must exist) and returns its stream sequence.</summary>
    public Task<ulong> PublishAsync(string payload, string? subject = null) => PublishAsync(Encoding.UTF8.GetBytes(payload), subject);

    /// <summary>Publishes raw bytes, which need not be UTF-8.</summary>
    public async Task<ulong> PublishAsync(byte[] payload, string? subject = null)
    {
        var ack = await Js.PublishAsync(subject ?? Options.Subject, payload, s_raw);
        ack.EnsureSuccess();
        return ack.Seq;
    }

    public async Task<ConsumerInfo> ConsumerInfoAsync(WorkerOptions? options = null)
    {
        var o = options ?? Options;
        var consumer = await Js.GetConsumerAsync(o.Stream, o.Durable);
        return consumer.Info;
    }

    /// <summary>Every message in <paramref name="stream"/>, in order.</summary>
    public async Task<IReadOnlyList<StoredMessage>> ReadStreamAsync(string stream)
    {
        var info = (await Js.GetStreamAsync(stream)).Info.State;
        var messages = new List<StoredMessage>();
        if (info.Messages == 0)
        {
            return messages;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reader = await Js.CreateOrderedConsumerAsync(stream, cancellationToken: timeout.Token);
        await foreach (var msg in reader.ConsumeAsync(s_raw, cancellationToken: timeout.Token))
        {
            var sequence = msg.Metadata!.Value.Sequence.Stream;
            messages.Add(new StoredMessage(msg.Subject, sequence, msg.Headers, msg.Data ?? []));
            if (sequence >= info.LastSeq)
            {
                break;
            }
        }

        Assert.True(messages.Count == (int)info.Messages, $"read {messages.Count} of the {info.Messages} messages in {stream} before the timeout");
        return messages;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> and the worker log
    /// when it does not within the timeout.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var watch = Stopwatch.StartNew();
        while (!await Check(condition, what))
        {
            if (watch.Elapsed > limit)
            {
                Assert.Fail($"timed out after {limit.TotalSeconds:F0}s waiting until {what}. Worker log:\n{Log}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<bool> Check(Func<Task<bool>> condition, string what)
    {
        try
        {
            return await condition();
        }
        catch (NatsException e) when (e is not NatsJSApiException)
        {
            throw new InvalidOperationException($"checking whether {what}: {e.Message}; {Server.Describe()}\nWorker log:\n{Log}", e);
        }
    }

    /// <summary>Waits until the worker has created its durable and that durable has nothing left to deliver or ack.</summary>
    public async Task WaitUntilSettledAsync(WorkerOptions? options = null, TimeSpan? timeout = null) =>
        await WaitUntilAsync(
            async () =>
            {
                try
                {
                    return await ConsumerInfoAsync(options) is { NumPending: 0, NumAckPending: 0 };
                }
                catch (NatsJSApiException e) when (e.Error.Code == 404)
                {
                    return false;
                }
            },
            "the consumer has nothing pending and nothing unacked",
            timeout);

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync(throwOnFailure: false);
        }

        await Connection.DisposeAsync();
        Server.Dispose();
    }

    public sealed record StoredMessage(string Subject, ulong Sequence, NatsHeaders? Headers, byte[] Data)
    {
        public JsonElement Json => JsonDocument.Parse(Data).RootElement;

        public string? Header(string name) => Headers is not null && Headers.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    /// <summary>A worker's run in the background; <see cref="StopAsync"/> cancels it the way Ctrl+C does.</summary>
    public sealed class RunningWorker
    {
        private readonly CancellationTokenSource _stop = new();

        public RunningWorker(ScoringWorker worker)
        {
            Worker = worker;
            Run = Task.Run(() => worker.RunAsync(_stop.Token));
        }

        public ScoringWorker Worker { get; }

        public Task<WorkerStats> Run { get; }

        public void RequestStop() => _stop.Cancel();

        public async Task<WorkerStats?> StopAsync(bool throwOnFailure = true)
        {
            _stop.Cancel();
            try
            {
                return await Run.WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (Exception) when (!throwOnFailure)
            {
                return null;
            }
        }
    }

    public sealed class ConcurrentLog
    {
        private readonly List<string> _lines = [];

        public void Add(string line)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }

        public override string ToString()
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }
}
