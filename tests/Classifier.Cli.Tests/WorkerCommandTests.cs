using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Xunit.Abstractions;

namespace Classifier.Cli.Tests;

/// <summary>The real <c>classifier worker</c> program against a real nats-server, the way it runs in production.</summary>
public sealed class WorkerCommandTests(ITestOutputHelper output)
{
    private const int Total = 10_000;
    private const int MalformedEvery = 200;
    private const int KillAfterResults = 2_000;
    private const string Stream = "NEWS";
    private const string OutStream = "NEWS_SCORED";
    private const string Subject = "news.in";
    private const string OutSubject = "news.scored";
    private const string DeadLetterSubject = "news.scored.dead";
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(80);
    private static readonly NatsRawSerializer<byte[]> s_raw = NatsRawSerializer<byte[]>.Default;

    [Fact]
    public async Task Two_workers_score_10000_messages_exactly_once_while_one_is_killed_mid_run()
    {
        var budget = Stopwatch.StartNew();
        using var server = NatsServer.Start();
        await using var nats = new NatsConnection(new NatsOpts
        {
            Url = server.Url,
            Name = "worker-test",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            RequestTimeout = TimeSpan.FromSeconds(15),
        });
        await nats.ConnectAsync();
        var js = new NatsJSContext(nats);

        // The producer's stream exists before any worker: the workers must use it as it is.
        await js.CreateStreamAsync(new StreamConfig(Stream, [Subject]));
        var inputs = Inputs.Build(Total, MalformedEvery);
        var publishWatch = Stopwatch.StartNew();
        await PublishAsync(js, inputs);
        output.WriteLine($"published {inputs.Count} inputs ({inputs.Count(i => !i.Valid)} malformed) in {publishWatch.Elapsed.TotalSeconds:F1}s");

        var workWatch = Stopwatch.StartNew();
        using var first = WorkerProcess.Start(server.Url);
        using var second = WorkerProcess.Start(server.Url);
        var collected = new OutputCollector();
        using var stopCollecting = new CancellationTokenSource();
        Task? collecting = null;
        try
        {
            await WaitUntilAsync(async () => await StreamExistsAsync(js, OutStream), "the workers created the output stream", budget, first, second, collected);
            collecting = collected.RunAsync(js, OutStream, stopCollecting.Token);

            // Kill one worker only once both have stored results: that proves they share the durable.
            await WaitUntilAsync(
                () => Task.FromResult(collected.Results >= KillAfterResults && collected.WrittenBy(first.Id) > 0 && collected.WrittenBy(second.Id) > 0),
                $"both workers stored results and at least {KillAfterResults} are stored", budget, first, second, collected);
            var killedAt = collected.Results;
            first.Kill();
            output.WriteLine($"killed worker {first.Id} at {killedAt} results, {workWatch.Elapsed.TotalSeconds:F1}s after start "
                + $"(it had written {collected.WrittenBy(first.Id)}, the other {collected.WrittenBy(second.Id)})");

            var validCount = inputs.Count(i => i.Valid);
            var malformedCount = inputs.Count - validCount;
            await WaitUntilAsync(
                async () => collected.UniqueResultIds == validCount && collected.DeadLetters >= malformedCount
                    && await ConsumerInfoAsync(js) is { NumPending: 0, NumAckPending: 0 },
                "every input has an outcome and the consumer has nothing pending or unacked", budget, first, second, collected);
            var workTime = workWatch.Elapsed;

            second.Terminate();
            Assert.True(second.WaitForExit(TimeSpan.FromSeconds(15)), $"the surviving worker did not stop within 15s of SIGTERM:\n{second.StdErr}");
            Assert.True(second.ExitCode == 0, $"the surviving worker exited with {second.ExitCode}:\n{second.StdErr}");
            Assert.Contains("worker stopped:", second.StdErr);

            var rate = inputs.Count / workTime.TotalSeconds;
            output.WriteLine($"all {inputs.Count} inputs settled {workTime.TotalSeconds:F1}s after the workers started: {rate:F0} messages/s over both workers "
                + "(including process start, model load and the ack wait after the kill)");
            output.WriteLine($"surviving worker: {second.StdErr.Split('\n').LastOrDefault(l => l.Contains("worker stopped:", StringComparison.Ordinal))}");
            foreach (var line in second.StdErr.Split('\n').Where(l => l.Contains("] worker:", StringComparison.Ordinal)))
            {
                output.WriteLine($"  progress: {line}");
            }

            await stopCollecting.CancelAsync();
            await collecting;
            var stored = await ReadAllAsync(js, collected);
            AssertExactlyOnce(inputs, stored);
            var consumer = await ConsumerInfoAsync(js);
            Assert.Equal(0UL, consumer.NumPending);
            Assert.Equal(0, consumer.NumAckPending);
            Assert.True(budget.Elapsed < s_budget, $"took {budget.Elapsed.TotalSeconds:F0}s, over the {s_budget.TotalSeconds:F0}s budget");
        }
        finally
        {
            await stopCollecting.CancelAsync();
            if (collecting is not null)
            {
                await collecting.WaitAsync(TimeSpan.FromSeconds(10));
            }

            first.Kill();
            second.Kill();
        }
    }

    [Fact]
    public void A_worker_that_cannot_reach_the_server_names_the_url_and_exits_with_the_broker_error_code()
    {
        string url;
        using (var server = NatsServer.Start())
        {
            url = server.Url; // a port that just had a server on it, and now has nothing
        }

        var run = CliProcess.Run(null, "worker", "--nats", url, "--model", RepoPaths.ShippedModel);

        Assert.Equal(ExitCodes.BrokerError, run.ExitCode);
        Assert.Contains($"error: cannot connect to NATS at {url}", run.StdErr);
    }

    [Fact]
    public void A_delivery_cap_below_1_is_a_parse_error()
    {
        var run = CliProcess.Run(null, "worker", "--max-deliveries", "0", "--model", RepoPaths.FastModel);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--max-deliveries must be between 1 and 1000", run.StdErr, StringComparison.Ordinal);
    }

    private static void AssertExactlyOnce(IReadOnlyList<Input> inputs, IReadOnlyList<OutputCollector.Stored> stored)
    {
        var bySequence = inputs.ToDictionary(i => i.Sequence);
        var results = stored.Where(m => m.Subject == OutSubject).ToArray();
        var letters = stored.Where(m => m.Subject == DeadLetterSubject).ToArray();
        Assert.Equal(stored.Count, results.Length + letters.Length);

        var resultIds = results.Select(r => JsonDocument.Parse(r.Data).RootElement.GetProperty("id").GetString()!).ToArray();
        var validIds = inputs.Where(i => i.Valid).Select(i => i.Id!).ToHashSet();
        var unexpected = resultIds.Where(id => !validIds.Contains(id)).Take(5).ToArray();
        Assert.True(unexpected.Length == 0, $"results for ids that were never valid inputs: {string.Join(", ", unexpected)}");
        var missing = validIds.Except(resultIds).Take(5).ToArray();
        Assert.True(missing.Length == 0, $"valid inputs without a result: {string.Join(", ", missing)}");
        Assert.Equal(validIds.Count, resultIds.Distinct().Count());

        // JetStream itself dropped the re-published results of the killed worker's batch, by Nats-Msg-Id.
        Assert.True(results.Length == validIds.Count, $"{results.Length - validIds.Count} duplicate results got past the Nats-Msg-Id window");
        foreach (var result in results.Take(200))
        {
            var id = JsonDocument.Parse(result.Data).RootElement.GetProperty("id").GetString();
            var input = inputs.Single(i => i.Id == id && i.Valid);
            Assert.Equal($"{Stream}:{input.Sequence}", result.MsgId);
        }

        var malformed = inputs.Where(i => !i.Valid).ToArray();
        Assert.Equal(malformed.Length, letters.Length);
        foreach (var letter in letters)
        {
            var body = JsonDocument.Parse(letter.Data).RootElement;
            var sequence = body.GetProperty("streamSequence").GetUInt64();
            var input = bySequence[sequence];
            Assert.False(input.Valid, $"a valid input (sequence {sequence}) was dead-lettered: {body}");
            Assert.Equal(Encoding.UTF8.GetString(input.Payload), body.GetProperty("payload").GetString());
            Assert.Equal(Subject, body.GetProperty("subject").GetString());
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("reason").GetString()));
        }

        Assert.Equal(malformed.Select(m => m.Sequence).Order(), letters.Select(l => JsonDocument.Parse(l.Data).RootElement.GetProperty("streamSequence").GetUInt64()).Order());
    }

    private static async Task PublishAsync(NatsJSContext js, List<Input> inputs)
    {
        foreach (var chunk in inputs.Chunk(500))
        {
            var acks = await Task.WhenAll(chunk.Select(i => js.PublishAsync(Subject, i.Payload, s_raw).AsTask()));
            for (var k = 0; k < chunk.Length; k++)
            {
                acks[k].EnsureSuccess();
                chunk[k].Sequence = acks[k].Seq;
            }
        }
    }

    private static async Task<bool> StreamExistsAsync(NatsJSContext js, string name)
    {
        try
        {
            await js.GetStreamAsync(name);
            return true;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            return false;
        }
    }

    private static async Task<ConsumerInfo> ConsumerInfoAsync(NatsJSContext js) => (await js.GetConsumerAsync(Stream, "classifier")).Info;

    /// <summary>Everything in the output stream: what the collector saw, checked against the stream's own count.</summary>
    private static async Task<IReadOnlyList<OutputCollector.Stored>> ReadAllAsync(NatsJSContext js, OutputCollector collected)
    {
        var state = (await js.GetStreamAsync(OutStream)).Info.State;
        var stored = collected.Snapshot();
        Assert.True(stored.Count == state.Messages, $"collected {stored.Count} messages, the output stream holds {state.Messages}");
        return stored;
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, string what, Stopwatch budget, WorkerProcess a, WorkerProcess b, OutputCollector collected)
    {
        while (!await condition())
        {
            var living = new[] { a, b }.Where(w => !w.Killed).ToArray();
            if (budget.Elapsed > s_budget || living.Any(w => w.HasExited))
            {
                var why = budget.Elapsed > s_budget ? $"timed out after {budget.Elapsed.TotalSeconds:F0}s" : "a worker exited unexpectedly";
                var message = $"{why} waiting until {what}. Stored: {collected.Results} results ({collected.UniqueResultIds} ids), "
                    + $"{collected.DeadLetters} dead letters.\nworker {a.Id} stderr:\n{a.StdErr}\nworker {b.Id} stderr:\n{b.StdErr}";
                output.WriteLine(message);
                Assert.Fail(message);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>One input message: a valid article with a unique id, or one of several kinds of malformed payload.</summary>
    private sealed class Input(string? id, byte[] payload, bool valid)
    {
        public string? Id { get; } = id;

        public byte[] Payload { get; } = payload;

        public bool Valid { get; } = valid;

        public ulong Sequence { get; set; }
    }

    private static class Inputs
    {
        private static readonly string[] s_countries =
        [
            "Qatar", "Oman", "Russia", "Syria", "Kenya", "Brazil", "France", "India", "Japan", "Mexico",
            "Nigeria", "Germany", "Egypt", "Peru", "Vietnam", "Canada", "Turkey", "Chile", "Ghana", "Norway",
        ];

        private static readonly string[] s_templates =
        [
            "{0} and {1} signed a trade agreement on {2} after months of talks between their ministers.",
            "Troops shelled rebel positions near the {0} border, killing {2} people, officials in {1} said.",
            "The central bank of {0} raised interest rates by {2} basis points to curb inflation.",
            "The striker scored twice as {0} beat {1} in the cup final watched by {2} fans.",
            "Protesters clashed with police in the capital of {0} over fuel prices; {2} were arrested.",
            "The health ministry of {0} reported {2} new cholera cases and asked {1} for help.",
            "Floods displaced {2} families in northern {0}, and {1} sent relief supplies.",
            "The president of {0} met the prime minister of {1} for talks on security and energy, day {2}.",
        ];

        public static List<Input> Build(int total, int malformedEvery)
        {
            var inputs = new List<Input>(total);
            for (var i = 0; i < total; i++)
            {
                inputs.Add(i % malformedEvery == malformedEvery - 1 ? Malformed(i) : Valid(i));
            }

            return inputs;
        }

        private static Input Valid(int i)
        {
            var a = s_countries[i % s_countries.Length];
            var b = s_countries[(i / s_countries.Length + 7) % s_countries.Length];
            var text = string.Format(CultureInfo.InvariantCulture, s_templates[i % s_templates.Length], a, b, i);
            var id = $"n-{i}";
            var json = JsonSerializer.Serialize(new { id, title = $"{a} and {b}", text });
            return new Input(id, Encoding.UTF8.GetBytes(json), valid: true);
        }

        private static Input Malformed(int i)
        {
            var payload = (i / MalformedEvery % 5) switch
            {
                0 => Encoding.UTF8.GetBytes($$"""{"id":"bad-{{i}}","text":"unterminated"""),
                1 => Encoding.UTF8.GetBytes("""["an","array"]"""),
                2 => Encoding.UTF8.GetBytes($$"""{"id":"bad-{{i}}","title":"Headline","text":123}"""),
                3 => Encoding.UTF8.GetBytes($$"""{"id":"bad-{{i}}","text":"   "}"""),
                _ => [0xFF, 0xFE, 0x7B],
            };
            return new Input($"bad-{i}", payload, valid: false);
        }
    }

    /// <summary>A <c>classifier worker</c> child process whose stderr is kept for progress and failure messages.</summary>
    private sealed class WorkerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();

        private WorkerProcess(Process process)
        {
            _process = process;
            _process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (_stderr)
                    {
                        _stderr.AppendLine(e.Data);
                    }
                }
            };
            _process.BeginErrorReadLine();
            _process.OutputDataReceived += (_, _) => { };
            _process.BeginOutputReadLine();
        }

        public int Id => _process.Id;

        public bool Killed { get; private set; }

        public bool HasExited => _process.HasExited;

        public int ExitCode => _process.ExitCode;

        public string StdErr
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        public static WorkerProcess Start(string url) =>
            new(CliProcess.Start("worker", "--nats", url, "--model", RepoPaths.FastModel, "--ack-wait", "5"));

        /// <summary>SIGKILL: a crash, with no chance to finish or ack anything.</summary>
        public void Kill()
        {
            Killed = true;
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }

        /// <summary>SIGTERM, as a service manager stops a worker: it should finish its batch and exit 0.</summary>
        public void Terminate()
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        /// <summary>Waits for the process to exit and then for its stderr to be read to the end: the timed overload
        /// alone returns at exit, possibly before the last lines (e.g. the stop summary) reach the handler.</summary>
        public bool WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                return false;
            }

            _process.WaitForExit();
            return true;
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
        }
    }

    /// <summary>Reads the output stream from the start while the workers run, keeping each message's subject, body,
    /// Nats-Msg-Id and writer.</summary>
    private sealed class OutputCollector
    {
        private readonly List<Stored> _stored = [];
        private readonly HashSet<string> _resultIds = [];
        private readonly Dictionary<string, int> _writers = [];
        private int _results;
        private int _deadLetters;

        public int Results => Volatile.Read(ref _results);

        public int DeadLetters => Volatile.Read(ref _deadLetters);

        public int UniqueResultIds
        {
            get
            {
                lock (_stored)
                {
                    return _resultIds.Count;
                }
            }
        }

        public int WrittenBy(int pid)
        {
            lock (_stored)
            {
                return _writers.Where(w => w.Key.EndsWith($"/{pid}", StringComparison.Ordinal)).Sum(w => w.Value);
            }
        }

        public IReadOnlyList<Stored> Snapshot()
        {
            lock (_stored)
            {
                return [.. _stored];
            }
        }

        public async Task RunAsync(NatsJSContext js, string stream, CancellationToken cancellationToken)
        {
            try
            {
                var reader = await js.CreateOrderedConsumerAsync(stream, cancellationToken: cancellationToken);
                await foreach (var msg in reader.ConsumeAsync(s_raw, cancellationToken: cancellationToken))
                {
                    Add(msg.Subject, msg.Data ?? [], msg.Headers);
                }
            }
            catch (OperationCanceledException)
            {
                // Told to stop: what was read is kept.
            }
        }

        private void Add(string subject, byte[] data, NatsHeaders? headers)
        {
            var stored = new Stored(subject, data, Header(headers, "Nats-Msg-Id"), Header(headers, "Classifier-Worker"));
            lock (_stored)
            {
                _stored.Add(stored);
                _writers[stored.Writer ?? ""] = _writers.GetValueOrDefault(stored.Writer ?? "") + 1;
                if (subject == OutSubject)
                {
                    _resultIds.Add(JsonDocument.Parse(data).RootElement.GetProperty("id").GetString()!);
                    Interlocked.Increment(ref _results);
                }
                else
                {
                    Interlocked.Increment(ref _deadLetters);
                }
            }
        }

        private static string? Header(NatsHeaders? headers, string name) =>
            headers is not null && headers.TryGetValue(name, out var value) ? value.ToString() : null;

        public sealed record Stored(string Subject, byte[] Data, string? MsgId, string? Writer);
    }
}
