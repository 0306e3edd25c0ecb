using System.Diagnostics;
using Classifier.Articles;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.LoadCheck;

/// <summary>The timing steps the in-process checks share: a timed model load, a warm-up, per-call latencies.</summary>
internal static class ClassifyTimings
{
    /// <summary>Loads the bundle and says how long it took (in a fresh process this includes the JIT).</summary>
    public static (NewsClassifier Classifier, double Seconds) LoadTimed(string bundleDirectory, ScoringEngine engine = ScoringEngine.Compiled)
    {
        var clock = Stopwatch.StartNew();
        var classifier = NewsClassifier.Load(bundleDirectory, engine);
        return (classifier, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Tiered JIT promotes hot methods only after many calls; time-box the warm-up instead of counting calls.</summary>
    public static void WarmUp(NewsClassifier classifier, IReadOnlyList<Article> articles, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i = (i + 1) % articles.Count)
        {
            classifier.Classify(articles[i]);
        }
    }

    /// <summary>Each call timed alone, in milliseconds, sorted for <see cref="Percentiles.Of"/>.</summary>
    public static List<double> LatenciesMs(NewsClassifier classifier, IEnumerable<Article> articles)
    {
        var latencies = new List<double>();
        foreach (var article in articles)
        {
            var started = Stopwatch.GetTimestamp();
            classifier.Classify(article);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        latencies.Sort();
        return latencies;
    }
}
