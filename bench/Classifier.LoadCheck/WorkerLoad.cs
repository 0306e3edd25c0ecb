using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Net;

namespace Classifier.LoadCheck;

/// <summary>Backlog drain: publishes N articles to the input stream, then starts K workers and times how long they
/// take until the output stream holds N results. A backlog measures the workers, not the publisher.</summary>
internal static class WorkerLoad
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Get("url");
        var bodies = File.ReadAllLines(args.Get("articles")).Where(l => l.Length > 0).ToArray();
        var count = args.GetInt("count", 20_000);
        var workers = args.GetInt("workers", 1);
        var cli = args.Get("cli");
        var stream = args.Get("stream", "NEWS");
        var subject = args.Get("subject", "news.in");
        var outSubject = args.Get("out", "news.scored");
        var outStream = args.Get("out-stream", $"{stream}_SCORED");
        var timeout = TimeSpan.FromSeconds(args.GetInt("timeout", 600));

        await using var nats = new NatsClient(url);
        var js = nats.CreateJetStreamContext();
        await js.CreateStreamAsync(new StreamConfig(stream, [subject]));

        Console.Error.WriteLine($"nats: publishing {count} articles to {subject}");
        for (var i = 0; i < count; i++)
        {
            using var article = JsonDocument.Parse(bodies[i % bodies.Length]);
            var payload = Rewrite(article.RootElement, $"load-{i}");
            var ack = await js.PublishAsync(subject, payload);
            ack.EnsureSuccess();
        }

        Console.Error.WriteLine($"nats: starting {workers} worker(s)");
        var clock = Stopwatch.StartNew();
        var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(cli, url, stream, subject, outSubject)).ToList();
        try
        {
            long scored = 0;
            while (clock.Elapsed < timeout)
            {
                scored = await Messages(js, outStream);
                if (scored >= count)
                {
                    break;
                }

                if (processes.Any(p => p.HasExited))
                {
                    Console.Error.WriteLine("nats: a worker exited early");
                    return 2;
                }

                await Task.Delay(50);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                check = "nats",
                workers,
                messages = scored,
                seconds = Math.Round(seconds, 1),
                messagesPerSecond = Math.Round(scored / seconds, 1),
            }));
            return scored >= count ? 0 : 2;
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }

    private static async Task<long> Messages(INatsJSContext js, string streamName)
    {
        try
        {
            var stream = await js.GetStreamAsync(streamName);
            return stream.Info.State.Messages;
        }
        catch (NatsJSApiException)
        {
            return 0; // the workers have not created it yet
        }
    }

    // Each message gets a unique id so that the output stream's de-duplication cannot hide a lost one.
    private static byte[] Rewrite(JsonElement article, string id)
    {
        var fields = new Dictionary<string, string?>
        {
            ["id"] = id,
            ["title"] = article.TryGetProperty("title", out var t) ? t.GetString() : "",
            ["text"] = article.GetProperty("text").GetString(),
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields));
    }

    private static Process StartWorker(string cli, string url, string stream, string subject, string outSubject)
    {
        var parts = cli.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var info = new ProcessStartInfo(parts[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var part in parts.Skip(1).Concat(["worker", "--nats", url, "--stream", stream, "--subject", subject, "--out", outSubject]))
        {
            info.ArgumentList.Add(part);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
