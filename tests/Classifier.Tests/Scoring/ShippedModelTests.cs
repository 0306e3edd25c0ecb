using Classifier.Articles;
using Classifier.Scoring;
using Classifier.Tests.Shared;
using Classifier.Tests.Support;

namespace Classifier.Tests.Scoring;

/// <summary>The model in models/default, as a user gets it on clone.</summary>
public class ShippedModelTests
{
    private static readonly Lazy<NewsClassifier> s_shipped = new(() => NewsClassifier.Load(RepoPaths.ShippedModel));

    [SharedFact("examples/seed-article.txt")]
    public void Seed_article_reads_cooperative_diplomacy_in_the_Middle_East()
    {
        var lines = File.ReadAllLines(RepoPaths.SeedArticle);
        var article = new Article("seed", lines[0], string.Join("\n", lines.Skip(1)));
        var result = s_shipped.Value.Classify(article);
        Assert.Equal("cooperative diplomacy", result.Label);
        Assert.Equal("middle-east-north-africa", result.Region);
        Assert.Contains("europe-central-asia", result.Regions.Select(r => r.Id));
        Assert.Superset(new HashSet<string> { "RUS", "QAT", "LBY", "SYR" }, result.Countries.ToHashSet());
    }

    [Fact]
    public void Shipped_bundle_loads_with_all_three_heads()
    {
        var manifest = s_shipped.Value.Manifest;
        Assert.Equal(["region", "tone", "topic"], manifest.Heads.Keys.Order(StringComparer.Ordinal));
        Assert.All(manifest.Heads.Values, h => Assert.True(h.Validation?.MacroF1 > 0.5, $"{h.File}: validation macro-F1 {h.Validation?.MacroF1}"));
    }

    [Fact]
    public void Shipped_models_fit_the_size_budget()
    {
        var bytes = Directory.GetFiles(Path.Combine(RepoPaths.Root, "models"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 25L * 1024 * 1024, $"models/ is {bytes / 1024.0 / 1024.0:F1} MB; the budget is 25 MB");
    }
}
