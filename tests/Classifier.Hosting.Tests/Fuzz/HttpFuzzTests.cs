using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Classifier.Hosting.Http;
using Classifier.Hosting.Tests.Support;
using Classifier.Tests.Shared;
using Xunit.Abstractions;

namespace Classifier.Hosting.Tests.Fuzz;

/// <summary>Thousands of malformed and mutated bodies through both scoring routes: never a 5xx, and exactly one answer
/// per article (a batch that parses answers each element, in order). Run with
/// <c>--logger "console;verbosity=detailed"</c> to see the counts.</summary>
public sealed class HttpFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261205;
    private const int SingleBodies = 3_000;
    private const int Batches = 600;
    private const int BrokenBatches = 300;
    private const int MaxBatch = 16;
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Malformed_bodies_never_get_a_5xx_and_every_article_gets_one_answer()
    {
        var options = new ServiceOptions { MaxBatchSize = MaxBatch, MaxBodyBytes = 256 * 1024 };
        await using var service = await OwnService.StartAsync(RepoPaths.FastModel, options);
        var fuzzer = new WireFuzzer(Seed, hugeStringChars: 300_000);
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();
        int singles = 0, batches = 0, broken = 0, elements = 0;

        for (; singles < SingleBodies && watch.Elapsed < s_budget; singles++)
        {
            var body = fuzzer.NextBody();
            using var response = await Post(service.Client, "/v1/classify", body);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status is 200 or 400 or 413, $"seed {Seed}, body #{singles} ({Show(body)}): {status} {text}");
            using var json = JsonDocument.Parse(text);
            Assert.True(
                status == 200 ? json.RootElement.TryGetProperty("label", out _) : json.RootElement.TryGetProperty("detail", out _),
                $"seed {Seed}, body #{singles}: {status} without a {(status == 200 ? "label" : "detail")}: {text}");
        }

        for (; batches < Batches && watch.Elapsed < s_budget; batches++)
        {
            var (body, count) = fuzzer.NextBatch(MaxBatch);
            elements += count;
            using var response = await Post(service.Client, "/v1/classify/batch", body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == 200, $"seed {Seed}, batch #{batches} ({Show(body)}): {(int)response.StatusCode} {text}");
            using var json = JsonDocument.Parse(text);
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            Assert.Equal(count, results.Count);
            Assert.All(results, r => Assert.True(r.TryGetProperty("label", out _) ^ r.TryGetProperty("error", out _), r.ToString()));
            Assert.Equal(results.Count(r => r.TryGetProperty("error", out _)), json.RootElement.GetProperty("errors").GetInt32());
        }

        for (; broken < BrokenBatches && watch.Elapsed < s_budget; broken++)
        {
            var body = fuzzer.NextBrokenBatch();
            using var response = await Post(service.Client, "/v1/classify/batch", body);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status is 200 or 400 or 413, $"seed {Seed}, broken batch #{broken} ({Show(body)}): {status} {text}");
            if (status == 200)
            {
                // A mutation that left a valid batch: still one result per element of the array as the client sent it.
                using var sent = JsonDocument.Parse(body);
                using var json = JsonDocument.Parse(text);
                Assert.Equal(sent.RootElement.GetProperty("articles").GetArrayLength(), json.RootElement.GetProperty("results").GetArrayLength());
            }
        }

        output.WriteLine($"HTTP fuzz, seed {Seed}: {singles} single bodies, {batches} batches ({elements} elements), {broken} broken batches "
            + $"in {watch.Elapsed.TotalSeconds:F1}s");
        output.WriteLine($"  /v1/classify statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        output.WriteLine($"  kinds: {string.Join(", ", fuzzer.Kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}"))}");
        Assert.True(singles + batches + broken >= 1_000, $"only {singles + batches + broken} requests within {s_budget.TotalSeconds:F0}s");
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync(path, content);
    }

    private static string Show(byte[] body) =>
        body.Length <= 300 ? Convert.ToHexString(body) : $"{body.Length} bytes starting {Convert.ToHexString(body[..150])}";
}
