using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Classifier.LoadCheck;

/// <summary>Closed-loop load: N clients each send POST /v1/classify back to back for a fixed time, after a warm-up
/// that is not counted. Every non-200 answer is counted as an error, not hidden.</summary>
internal static class HttpLoad
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = args.Get("url").TrimEnd('/');
        var bodies = File.ReadAllLines(args.Get("articles")).Where(l => l.Length > 0).ToArray();
        var concurrency = args.GetInt("concurrency", 32);
        var seconds = args.GetInt("seconds", 60);
        var warmup = args.GetInt("warmup", 5);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(60),
        };

        Console.Error.WriteLine($"http: warming up {warmup} s");
        await Drive(client, bodies, concurrency, TimeSpan.FromSeconds(warmup));
        Console.Error.WriteLine($"http: {concurrency} clients for {seconds} s");
        var clock = Stopwatch.StartNew();
        var perClient = await Drive(client, bodies, concurrency, TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;

        var latencies = perClient.SelectMany(c => c.Latencies).Order().ToList();
        var errors = perClient.Sum(c => c.Errors);
        var result = new
        {
            check = "http",
            concurrency,
            seconds = Math.Round(elapsed, 1),
            requests = latencies.Count + errors,
            errors,
            requestsPerSecond = Math.Round(latencies.Count / elapsed, 1),
            p50Ms = Math.Round(Percentiles.Of(latencies, 50), 2),
            p99Ms = Math.Round(Percentiles.Of(latencies, 99), 2),
            maxMs = Math.Round(latencies.Count == 0 ? double.NaN : latencies[^1], 2),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return errors == 0 ? 0 : 2;
    }

    private sealed class ClientTally
    {
        public List<double> Latencies { get; } = [];

        public int Errors { get; set; }
    }

    private static async Task<ClientTally[]> Drive(HttpClient client, string[] bodies, int concurrency, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tallies = Enumerable.Range(0, concurrency).Select(_ => new ClientTally()).ToArray();
        await Task.WhenAll(tallies.Select((tally, c) => Task.Run(async () =>
        {
            for (var i = c; Stopwatch.GetTimestamp() < stopAt; i += concurrency)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new StringContent(bodies[i % bodies.Length], Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/v1/classify", content);
                await response.Content.ReadAsByteArrayAsync();
                if (response.IsSuccessStatusCode)
                {
                    tally.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    tally.Errors++;
                }
            }
        })));
        return tallies;
    }
}
