using System.Diagnostics;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Features;
using Classifier.Scoring;

namespace Classifier.LoadCheck;

/// <summary>In-process scoring after warm-up, the way the peers' in-process <c>predict</c> is timed: no file reading,
/// JSON or process start in the clock. Throughput: one thread calls <c>Classify</c> article after article; "all
/// cores" runs one such loop per core. <c>--engine mlnet</c> scores with ML.NET instead of the compiled scorer.
/// Latency: each of up to 1,000 test articles timed alone on one thread. Also the
/// time <c>NewsClassifier.Load</c> takes in this fresh process (JIT included).</summary>
internal static class ThroughputCheck
{
    public static int Run(Arguments args)
    {
        var seconds = args.GetInt("seconds", 5);
        var warmUp = args.GetInt("warmup", 5);
        var articles = File.ReadAllLines(args.Get("articles")).Where(l => l.Length > 0).Select(ToArticle).ToArray();
        var engine = Enum.Parse<Classifier.Scoring.Compiled.ScoringEngine>(args.Get("engine", "compiled"), ignoreCase: true);
        var (classifier, loadSeconds) = ClassifyTimings.LoadTimed(args.Get("model"), engine);
        ClassifyTimings.WarmUp(classifier, articles, TimeSpan.FromSeconds(warmUp));
        var oneThread = Loop(classifier, articles, TimeSpan.FromSeconds(seconds), 0);
        var cores = Environment.ProcessorCount;
        var counts = new double[cores];
        Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, k =>
            counts[k] = Loop(classifier, articles, TimeSpan.FromSeconds(seconds), k * articles.Length / cores));
        var latencies = ClassifyTimings.LatenciesMs(classifier, articles.Take(1000));
        // The share of featurization (cleaning, country detection, evidence: everything before the heads) in a
        // Classify call, for the notes: the part the scorer cannot make faster.
        var featurizeOnly = FeaturizeLoop(classifier, articles, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            check = "throughput",
            engine = engine.ToString(),
            compiledHeads = classifier.CompiledHeads,
            articles = articles.Length,
            seconds,
            loadSeconds = Math.Round(loadSeconds, 3),
            p50Ms = Math.Round(Percentiles.Of(latencies, 50), 4),
            p99Ms = Math.Round(Percentiles.Of(latencies, 99), 4),
            oneThreadDocsPerSecond = Math.Round(oneThread),
            allCoresDocsPerSecond = Math.Round(counts.Sum()),
            featurizeOnlyDocsPerSecond = Math.Round(featurizeOnly),
            cores,
        }));
        return 0;
    }

    /// <summary>Scores articles in order, wrapping round, for about <paramref name="duration"/>; returns docs/s.</summary>
    private static double Loop(NewsClassifier classifier, Article[] articles, TimeSpan duration, int start)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var i = start;
        while (clock.Elapsed < duration)
        {
            // Check the clock every 16 articles: a Stopwatch read per short sentence would be measurable.
            for (var k = 0; k < 16; k++)
            {
                classifier.Classify(articles[i]);
                i = i + 1 == articles.Length ? 0 : i + 1;
            }

            done += 16;
        }

        return done / clock.Elapsed.TotalSeconds;
    }

    private static double FeaturizeLoop(NewsClassifier classifier, Article[] articles, TimeSpan duration)
    {
        var toneEvidence = classifier.Manifest.ReadsToneEvidence();
        var clock = Stopwatch.StartNew();
        var done = 0;
        var i = 0;
        while (clock.Elapsed < duration)
        {
            for (var k = 0; k < 16; k++)
            {
                ArticleFeaturizer.Default.Featurize(articles[i].Title, articles[i].Text, toneEvidence);
                i = i + 1 == articles.Length ? 0 : i + 1;
            }

            done += 16;
        }

        return done / clock.Elapsed.TotalSeconds;
    }

    private static Article ToArticle(string line, int index)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new Article(Field("id") ?? $"#{index + 1}", Field("title") ?? "", Field("text") ?? throw new InvalidDataException($"line {index + 1}: no text"));
    }
}
