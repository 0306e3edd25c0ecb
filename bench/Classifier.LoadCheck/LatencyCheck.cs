using System.Text.Json;
using Classifier.Articles;
using Classifier.Benchmarks;
using Classifier.Scoring;

namespace Classifier.LoadCheck;

/// <summary>In-process, one thread: how long loading the bundle takes in a fresh process, and the latency
/// percentiles of single-article <c>Classify</c> after warm-up, for a sentence and for an 800-word article.
/// BenchmarkDotNet gives means; a latency target is about the tail, so this records every call.</summary>
internal static class LatencyCheck
{
    private const string Sentence = "Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians, witnesses said.";

    public static int Run(Arguments args)
    {
        var calls = args.GetInt("calls", 2000);
        var (classifier, loadSeconds) = ClassifyTimings.LoadTimed(args.Get("model"));

        var cases = new[]
        {
            ("sentence", new Article("s", "Army shells rebel-held town", Sentence)),
            ("800 words", new Article("l", "Ministers meet as fighting spreads", LongText.Words(800))),
        };
        var rows = cases.Select(c => Measure(classifier, c.Item1, c.Item2, calls)).ToList();
        Console.WriteLine(JsonSerializer.Serialize(new { check = "latency", loadSeconds = Math.Round(loadSeconds, 2), calls, rows }));
        return 0;
    }

    private static object Measure(NewsClassifier classifier, string name, Article article, int calls)
    {
        ClassifyTimings.WarmUp(classifier, [article], TimeSpan.FromSeconds(5));
        var latencies = ClassifyTimings.LatenciesMs(classifier, Enumerable.Repeat(article, calls));
        return new
        {
            article = name,
            p50Ms = Math.Round(Percentiles.Of(latencies, 50), 3),
            p99Ms = Math.Round(Percentiles.Of(latencies, 99), 3),
            maxMs = Math.Round(latencies[^1], 3),
        };
    }
}
