using Classifier.Articles;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;
using Classifier.Tests.Shared;
using Classifier.Tests.Support;
using Classifier.Training.Data;
using Xunit.Abstractions;

namespace Classifier.Tests.Scoring;

/// <summary>The compiled linear scorer against ML.NET, the reference, head by head on real rows: every class
/// probability within 1e-5, for both shipped bundles.</summary>
public class CompiledScorerEqualityTests
{
    private const float Tolerance = 1e-5f;

    private readonly ITestOutputHelper _output;

    public CompiledScorerEqualityTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Bundles => new() { "default", "fast" };

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Every_head_of_the_shipped_bundle_is_compiled(string bundle)
    {
        var classifier = NewsClassifier.Load(Path.Combine(RepoPaths.Root, "models", bundle));
        Assert.Empty(classifier.MlNetHeads);
        Assert.Equal(["region", "tone", "topic"], classifier.CompiledHeads);
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Compiled_heads_equal_MlNet_on_every_holdout_row(string bundle) =>
        AssertEqualOn(bundle, Path.Combine(RepoPaths.Data, "holdout"));

    [SharedFact("corpora/news-category/dev-gold.csv")]
    public void Compiled_heads_equal_MlNet_on_the_news_category_dev_split()
    {
        foreach (var bundle in new[] { "default", "fast" })
        {
            AssertEqualOn(bundle, Path.Combine(RepoPaths.Shared, "corpora", "news-category", "dev-gold.csv"));
        }
    }

    [Fact]
    public void The_mlnet_engine_compiles_nothing()
    {
        var classifier = NewsClassifier.Load(RepoPaths.FastModel, ScoringEngine.MlNet);
        Assert.Empty(classifier.CompiledHeads);
        Assert.All(classifier.Heads.Values, h => Assert.Null(h.Compiled));
    }

    [Fact]
    public void Both_engines_give_the_same_classifications_through_the_public_api()
    {
        var compiled = NewsClassifier.Load(RepoPaths.FastModel);
        var mlnet = NewsClassifier.Load(RepoPaths.FastModel, ScoringEngine.MlNet);
        var articles = Read(Path.Combine(RepoPaths.Data, "holdout")).Take(200).ToArray();
        var batch = compiled.ClassifyBatch(articles);
        for (var i = 0; i < articles.Length; i++)
        {
            var expected = mlnet.Classify(articles[i]);
            foreach (var actual in new[] { compiled.Classify(articles[i]), batch[i] })
            {
                Assert.Equal(expected.Label, actual.Label);
                Assert.Equal(expected.Region, actual.Region);
                Assert.Equal(expected.Regions.Select(r => r.Id), actual.Regions.Select(r => r.Id));
                Assert.Equal(expected.Topic, actual.Topic);
                Assert.Equal(expected.ToneClass, actual.ToneClass);
            }
        }
    }

    private void AssertEqualOn(string bundle, string data)
    {
        var classifier = NewsClassifier.Load(Path.Combine(RepoPaths.Root, "models", bundle));
        var articles = Read(data);
        Assert.NotEmpty(articles);
        var features = classifier.Featurize(articles);
        var worst = 0f;
        var compared = 0;
        foreach (var (name, head) in classifier.Heads)
        {
            Assert.NotNull(head.Compiled);
            var vocabulary = classifier.Tokens!;
            for (var i = 0; i < features.Length; i++)
            {
                var input = features[i].Input;
                var expected = head.ScoreWithMlNet(input);
                var ids = vocabulary.Tokenize(input.Text, out var count);
                var actual = head.Compiled!.Score(ids.AsSpan(0, count), input);
                TokenVocabulary.Return(ids);
                Assert.Equal(expected.Length, actual.Length);
                for (var c = 0; c < expected.Length; c++)
                {
                    var difference = Math.Abs(expected[c] - actual[c]);
                    worst = Math.Max(worst, difference);
                    Assert.True(
                        difference <= Tolerance,
                        $"{bundle}/{name}, {articles[i].Id}: class {c} compiled {actual[c]}, ML.NET {expected[c]} (difference {difference})");
                }

                compared++;
            }
        }

        Assert.Equal(articles.Count * classifier.Heads.Count, compared);
        _output.WriteLine($"{bundle} on {data}: {articles.Count} rows x {classifier.Heads.Count} heads, largest difference {worst:E2}");
    }

    private static IReadOnlyList<Article> Read(string path) =>
        [.. new TrainingDataReader().Read([path]).Articles.Select(a => new Article(a.Id, a.Title, a.Text))];
}
