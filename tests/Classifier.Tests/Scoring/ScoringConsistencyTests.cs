using System.Text.Json;
using Classifier.Articles;
using Classifier.Tests.Support;

namespace Classifier.Tests.Scoring;

[Collection(TinyBundleCollection.Name)]
public class ScoringConsistencyTests
{
    private readonly TinyBundleFixture _fixture;

    public ScoringConsistencyTests(TinyBundleFixture fixture) => _fixture = fixture;

    private static Article[] Articles() =>
    [
        .. Enumerable.Range(0, 40).Select(i => (i % 4) switch
        {
            0 => new Article($"d{i}", "Ministers meet", $"The foreign ministers of Qatar and Egypt met for talks number {i} in Doha and agreed to cooperate."),
            1 => new Article($"s{i}", "", $"The striker scored {i % 5} goals as the team won the league match in Madrid."),
            2 => new Article($"c{i}", "Clashes in Sudan", $"Fighting killed {i} people in Sudan as troops shelled the town."),
            _ => new Article($"m{i}", "Mixed", $"Qatar, Russia and Mali were all mentioned in story {i} about sport and talks."),
        }),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Batch_scoring_equals_single_scoring_through_transform_and_through_engines(bool useTransform)
    {
        var articles = Articles();
        var batch = _fixture.Classifier.ClassifyBatch(articles, useTransform);
        Assert.Equal(articles.Length, batch.Count);
        for (var i = 0; i < articles.Length; i++)
        {
            var single = _fixture.Classifier.Classify(articles[i]);
            Assert.Equal(articles[i].Id, batch[i].Id);
            Assert.Equal(single.Label, batch[i].Label);
            Assert.Equal(single.Region, batch[i].Region);
            Assert.Equal(single.Countries, batch[i].Countries);
            AssertScoresClose(single.TopicScores, batch[i].TopicScores);
            AssertScoresClose(single.ToneScores, batch[i].ToneScores);
            AssertScoresClose(single.Regions, batch[i].Regions);
        }
    }

    [Fact]
    public void Eight_threads_at_once_give_the_sequential_results()
    {
        var articles = Articles();
        var sequential = articles.Select(a => JsonSerializer.Serialize(_fixture.Classifier.Classify(a))).ToArray();
        var parallel = new string[articles.Length * 8];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var k = 0; k < articles.Length; k++)
            {
                var i = (k + (t * 5)) % articles.Length;
                parallel[(t * articles.Length) + i] = JsonSerializer.Serialize(_fixture.Classifier.Classify(articles[i]));
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        for (var t = 0; t < 8; t++)
        {
            Assert.Equal(sequential, parallel.Skip(t * articles.Length).Take(articles.Length));
        }
    }

    [Fact]
    public void An_article_with_neither_title_nor_text_is_rejected_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => _fixture.Classifier.ClassifyBatch([new Article("ok", "", "Fine."), new Article("bad-1", "", "  ")]));
        Assert.Contains("bad-1", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void An_isolated_batch_gives_a_bad_article_its_own_error_and_scores_the_rest()
    {
        var articles = Articles().Take(5).Append(new Article("bad-2", " ", "   ")).ToArray();

        var outcomes = _fixture.Classifier.ClassifyBatchIsolated(articles);

        Assert.Equal(articles.Length, outcomes.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(outcomes[i].Error);
            Assert.Equal(_fixture.Classifier.Classify(articles[i]).Label, outcomes[i].Result!.Label);
        }

        Assert.Null(outcomes[5].Result);
        Assert.Contains("bad-2", outcomes[5].Error);
    }

    [Fact]
    public void Tone_and_tone_class_never_contradict()
    {
        foreach (var result in _fixture.Classifier.ClassifyBatch(Articles()))
        {
            Assert.Equal(result.Tone, Classifier.Taxonomy.Labels.CoarseToneOf(result.ToneClass));
            Assert.StartsWith(result.Tone + " ", result.Label);
            Assert.EndsWith(" " + result.Topic, result.Label);
            Assert.Equal(result.Region, result.Regions[0].Id);
            Assert.InRange(result.TopicScores.Sum(s => s.Score), 0.99f, 1.01f);
        }
    }

    private static void AssertScoresClose(IReadOnlyList<LabelScore> expected, IReadOnlyList<LabelScore> actual)
    {
        Assert.Equal(expected.Select(s => s.Id), actual.Select(s => s.Id));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Score, actual[i].Score, 5);
        }
    }
}
