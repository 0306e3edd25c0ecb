using Classifier.Training.Corpus;
using Classifier.Training.Data;

namespace Classifier.Corpus.Tests;

/// <summary>The coverage checker itself, on small made-up corpora.</summary>
public class CoverageReportTests
{
    private static LabelledArticle A(string id, string topic, string tone, params string[] countries) => new()
    {
        Id = id,
        Text = "text",
        Topic = topic,
        Tone = tone,
        Countries = countries,
        Regions = countries.Select(Classifier.Taxonomy.CountryRegions.Default.RegionOf).Distinct().ToArray(),
        Source = "authored",
    };

    [Fact]
    public void Shortfalls_name_each_missing_label()
    {
        var targets = new CoverageTargets { TotalArticles = 3, PerTopic = 1, PerRegion = 1, PerTone = 1, MultiRegionShare = 0.5, TopicOverrides = new Dictionary<string, int>() };
        var report = CoverageReport.Measure([A("a", "diplomacy", "neutral", "QAT", "RUS"), A("b", "sport", "neutral", "FRA")], targets);
        Assert.Contains("2 articles, need 3", report.Shortfalls);
        Assert.Contains("topic economy: 0, need 1", report.Shortfalls);
        Assert.Contains("tone material-conflict: 0, need 1", report.Shortfalls);
        Assert.Contains("region south-asia: 0, need 1", report.Shortfalls);
        Assert.Contains(report.Shortfalls, s => s.StartsWith("topic diplomacy lacks tone(s) verbal-cooperation", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Shortfalls, s => s.StartsWith("multi-region", StringComparison.Ordinal));
        Assert.Equal(2, report.Regions["europe-central-asia"]);
    }

    [Fact]
    public void Near_duplicate_finder_flags_copies_and_spares_distinct_texts()
    {
        var text = "The foreign ministers of Qatar and Oman met in Doha on Monday and agreed to deepen cooperation on trade and regional mediation efforts.";
        var articles = new[]
        {
            new LabelledArticle { Id = "a", Title = "Talks", Text = text },
            new LabelledArticle { Id = "b", Title = "Talks", Text = text.Replace("Monday", "Tuesday", StringComparison.Ordinal) },
            new LabelledArticle { Id = "c", Title = "Match", Text = "The striker scored twice as the champions beat their rivals in a tense derby on Sunday night." },
        };
        var pair = Assert.Single(NearDuplicateFinder.Find(articles, 0.5));
        Assert.Equal(("a", "b"), (pair.First, pair.Second));
    }

    [Fact]
    public void Leak_checker_finds_a_copied_run_of_twelve_words()
    {
        var article = new LabelledArticle { Id = "x", Text = "Officials said on Friday that the new bridge across the river would open to traffic next spring after delays." };
        var checker = new LeakChecker([article]);
        Assert.Single(checker.Check("Reports: the new bridge across the river would open to traffic next spring after delays, they said.", "ref"));
        Assert.Empty(checker.Check("The new bridge across the river would open next spring.", "ref"));
    }
}
