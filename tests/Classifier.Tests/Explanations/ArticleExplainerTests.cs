using Classifier.Articles;
using Classifier.Explanations;
using Classifier.Scoring;
using Classifier.Tests.Shared;
using Classifier.Training.Data;

namespace Classifier.Tests.Explanations;

/// <summary>Explanations must be exact: a linear head's parts add up to its score, and the score, through the
/// softmax and the temperature, gives the very probability the scoring path reports.</summary>
public sealed class ArticleExplainerTests
{
    private const double Tolerance = 1e-4;

    private static readonly Lazy<IReadOnlyList<LabelledArticle>> s_holdout = new(() =>
    {
        var articles = new TrainingDataReader().Read([Path.Combine(RepoPaths.Data, "holdout")]).Articles;
        // A spread of topics and lengths, not just the first file's.
        return [.. articles.Where((_, i) => i % 41 == 0).Take(20)];
    });

    public static TheoryData<string> Bundles => new() { "fast", "default" };

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Contributions_sum_to_each_heads_score_and_give_its_calibrated_probability(string bundle)
    {
        var classifier = NewsClassifier.Load(Path.Combine(RepoPaths.Root, "models", bundle));
        var explainer = new ArticleExplainer(classifier);
        foreach (var labelled in s_holdout.Value)
        {
            var explanation = explainer.Explain(new Article(labelled.Id, labelled.Title, labelled.Text));
            Assert.Equal(3, explanation.Heads.Count);
            foreach (var head in explanation.Heads)
            {
                Assert.Equal("linear", head.Model);
                AssertSumsToScore(head.Chosen, head.Features.Sum(f => f.ToChosen), $"{labelled.Id} {head.Head} chosen");
                AssertSumsToScore(head.RunnerUp!, head.Features.Sum(f => f.ToRunnerUp!.Value), $"{labelled.Id} {head.Head} runner-up");
                Assert.Equal(classifier.Manifest.Heads[head.Head].ReadsEmbedding == true, head.Chosen.Encoder is not null);

                // The scoring path's probabilities come from the model's own softmax output; these from our sum.
                var scored = ScoresOf(explanation.Result, head.Head);
                foreach (var c in head.Classes)
                {
                    Assert.True(Math.Abs(scored[c.Id] - c.Probability) < Tolerance,
                        $"{bundle} {labelled.Id} {head.Head} {c.Id}: scored {scored[c.Id]}, explained {c.Probability}");
                }
            }
        }
    }

    [Fact]
    public void The_runner_up_is_the_second_class_and_listed_features_favour_the_chosen_class_first()
    {
        var explainer = new ArticleExplainer(NewsClassifier.Load(RepoPaths.FastModel));
        var explanation = explainer.Explain(new Article("t", "Army shells rebel-held town",
            "Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians, witnesses said."));
        var topic = explanation.Heads.Single(h => h.Head == "topic");

        Assert.Equal("security", topic.Chosen.Class);
        Assert.Equal(topic.Classes[1].Id, topic.RunnerUp!.Class);
        Assert.Equal(ArticleExplainer.DefaultTopFeatures, topic.Features.Count);
        Assert.Equal(topic.Features.OrderByDescending(f => f.Margin).Select(f => f.Feature), topic.Features.Select(f => f.Feature));
        Assert.True(topic.Features[0].Margin > 0);
        Assert.All(topic.Features, f => Assert.Equal("ngram", f.Kind));
    }

    [Fact]
    public void Countries_come_with_their_zones_salience_and_region()
    {
        var explainer = new ArticleExplainer(NewsClassifier.Load(RepoPaths.FastModel));
        var explanation = explainer.Explain(new Article("t", "Qatar hosts Gaza talks",
            "MOSCOW, Oct 24 - Russian diplomats met their Qatari counterparts on Tuesday to discuss Syria. Later in the day, officials said Egypt would join."));

        var byCountry = explanation.Countries.ToDictionary(c => c.Iso3);
        Assert.Contains(byCountry["QAT"].Phrases, p => p is { Zone: "title", Text: "Qatar", Kind: "name" });
        Assert.Contains(byCountry["RUS"].Phrases, p => p.Zone == "dateline" && p.Text == "MOSCOW");
        Assert.Contains(byCountry["RUS"].Phrases, p => p.Zone == "lead" && p.Text == "Russian");
        Assert.Contains(byCountry["EGY"].Phrases, p => p.Zone == "body");
        Assert.Equal("middle-east-north-africa", byCountry["QAT"].Region);
        Assert.Equal("europe-central-asia", byCountry["RUS"].Region);
        Assert.Equal(1f, explanation.Countries[0].Salience);
        Assert.Equal(explanation.Result.Countries, explanation.Countries.Where(c => c.Listed).Select(c => c.Iso3));

        // The region head reads the countries as named gazetteer evidence.
        var region = explanation.Heads.Single(h => h.Head == "region");
        Assert.Contains(region.Features, f => f.Kind == "countries" && f.Feature.StartsWith("middle-east-north-africa ", StringComparison.Ordinal));
    }

    private static void AssertSumsToScore(ClassEvidence evidence, double listed, string what)
    {
        Assert.True(Math.Abs(listed - evidence.ListedFeatures) < Tolerance, $"{what}: listed {listed} against {evidence.ListedFeatures}");
        var sum = evidence.Bias!.Value + listed + evidence.OtherFeatures!.Value + (evidence.Encoder ?? 0);
        Assert.True(Math.Abs(sum - evidence.Score!.Value) < Tolerance, $"{what}: parts sum to {sum}, score {evidence.Score}");
    }

    private static Dictionary<string, double> ScoresOf(Classification result, string head) =>
        (head switch
        {
            "region" => result.RegionScores,
            "topic" => result.TopicScores,
            _ => result.ToneScores,
        }).ToDictionary(s => s.Id, s => (double)s.Score);
}
