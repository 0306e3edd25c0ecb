using Classifier.Articles;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Tests.Support;

namespace Classifier.Tests.Scoring;

[Collection(TinyBundleCollection.Name)]
public class BatchIsolationTests
{
    private readonly TinyBundleFixture _fixture;

    public BatchIsolationTests(TinyBundleFixture fixture) => _fixture = fixture;

    public static TheoryData<string> Failures() => ["NullReference", "IndexOutOfRange", "KeyNotFound", "Format"];

    [Theory]
    [MemberData(nameof(Failures))]
    public void An_article_whose_featurizing_throws_costs_only_its_own_outcome(string failure)
    {
        var classifier = NewsClassifier.Load(_fixture.BundleDirectory, new FailingFeaturizer("POISON", failure));
        Article[] articles =
        [
            new("a", "Ministers meet", "The foreign ministers of Qatar and Egypt met for talks in Doha."),
            new("b", "", "POISON pill article that breaks a pipeline stage."),
            new("c", "Clashes in Sudan", "Fighting killed 20 people in Sudan as troops shelled the town."),
        ];

        var outcomes = classifier.ClassifyBatchIsolated(articles);

        Assert.Equal(3, outcomes.Count);
        Assert.NotNull(outcomes[0].Result);
        Assert.Equal("a", outcomes[0].Result!.Id);
        Assert.Null(outcomes[1].Result);
        Assert.Contains($"{failure}Exception", outcomes[1].Error);
        Assert.NotNull(outcomes[2].Result);
        Assert.Equal("c", outcomes[2].Result!.Id);
    }

    [Fact]
    public void A_fatal_exception_is_not_swallowed()
    {
        var classifier = NewsClassifier.Load(_fixture.BundleDirectory, new FailingFeaturizer("POISON", "", fatal: true));

        Assert.Throws<OutOfMemoryException>(() => classifier.ClassifyBatchIsolated([new Article("POISON")]));
    }

    [Fact]
    public void A_title_without_text_is_scored_on_the_title()
    {
        var headline = _fixture.Classifier.Classify(new Article("h", "Fighting kills 20 in Sudan as troops shell town", ""));
        var same = _fixture.Classifier.Classify(new Article("h", "", "Fighting kills 20 in Sudan as troops shell town"));

        Assert.Equal(same.Label, headline.Label);
        Assert.Equal(same.Region, headline.Region);
        Assert.Contains("SDN", headline.Countries);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Title_only_articles_are_scored_in_a_batch_and_only_an_empty_one_is_refused(bool useTransform)
    {
        Article[] articles =
        [
            new("t", "Fighting kills 20 in Sudan", ""),
            new("e", " ", "  "),
            new("x", "", "The foreign ministers of Qatar and Egypt met for talks in Doha."),
        ];

        Assert.Throws<ArgumentException>(() => _fixture.Classifier.ClassifyBatch(articles, useTransform));
        var outcomes = _fixture.Classifier.ClassifyBatchIsolated(articles);

        Assert.NotNull(outcomes[0].Result);
        Assert.Equal("article 'e': both title and text are empty.", outcomes[1].Error?.Split(" (Parameter")[0]);
        Assert.NotNull(outcomes[2].Result);
        Assert.Equal(2, _fixture.Classifier.ClassifyBatch([articles[0], articles[2]], useTransform).Count);
    }

    /// <summary>The production featurizer, except for a text that contains a marker: a stand-in for a defect that
    /// one article triggers deep in a pipeline stage.</summary>
    private sealed class FailingFeaturizer(string marker, string failure, bool fatal = false) : IArticleFeaturizer
    {
        public ArticleFeatures Featurize(string? title, string text, bool toneEvidence = true)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                throw fatal ? new OutOfMemoryException("injected") : failure switch
                {
                    "NullReference" => new NullReferenceException("injected"),
                    "IndexOutOfRange" => new IndexOutOfRangeException("injected"),
                    "KeyNotFound" => new KeyNotFoundException("injected"),
                    _ => new FormatException("injected"),
                };
            }

            return ArticleFeaturizer.Default.Featurize(title, text, toneEvidence);
        }
    }
}
