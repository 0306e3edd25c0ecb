using Classifier.Bundles;
using Classifier.Features;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>Quick selection tries one-versus-all FastTree only where dense engineered features sit beside the
/// n-grams; over n-grams alone it lost every measured comparison and took minutes.</summary>
public class QuickPlanTests
{
    private static readonly TrainingData Data =
        new TrainingDataReader().Read([Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv")]);

    private static IReadOnlyList<string> TrainersTried(string head, FeatureOptions features)
    {
        var classes = HeadNames.LabelsOf(head);
        var rows = Data.Articles.Where(a => a.LabelFor(head) is not null).ToArray();
        var inputs = rows.Select(a => ArticleFeaturizer.Default.Featurize(a.Title, a.Text).Input).ToArray();
        var labels = rows.Select(a => classes.IndexOf(a.LabelFor(head)!)).ToArray();
        var options = new HeadTrainingOptions
        {
            Selection = SelectionMode.Quick,
            ValidationFraction = 0.34,
            Featurizer = FeaturizerSpec.WordBigrams,
            Features = features,
        };
        var result = new HeadTrainer(new MLContext(seed: 42), new Progress<string>()).Train(head, inputs, labels, options);
        return [.. result.Candidates.Select(c => c.Trainer).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Topic_tries_the_linear_trainers_only()
    {
        Assert.Equal(["LbfgsMaximumEntropy", "SdcaMaximumEntropy"], TrainersTried(HeadNames.Topic, new FeatureOptions()));
    }

    [Fact]
    public void Tone_with_tone_evidence_and_region_also_try_FastTree()
    {
        Assert.Contains("OneVersusAll(FastTree)", TrainersTried(HeadNames.Tone, new FeatureOptions { UseToneEvidence = true }));
        Assert.Contains("OneVersusAll(FastTree)", TrainersTried(HeadNames.Region, new FeatureOptions()));
    }
}
