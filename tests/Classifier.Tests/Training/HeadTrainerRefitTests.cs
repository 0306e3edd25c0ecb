using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>With one pipeline to try, the refit on all rows runs beside the validation fit; the model it gives must be
/// the one a plain fit on all rows gives, whatever the timing.</summary>
public class HeadTrainerRefitTests
{
    [Fact]
    public void The_early_refit_equals_a_fit_on_every_row_with_a_context_seeded_alike()
    {
        var data = new TrainingDataReader().Read([Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.csv")]);
        var classes = HeadNames.LabelsOf(HeadNames.Topic);
        var inputs = data.Articles.Select(a => ArticleFeaturizer.Default.Featurize(a.Title, a.Text).Input).ToArray();
        var labels = data.Articles.Select(a => classes.IndexOf(a.LabelFor(HeadNames.Topic)!)).ToArray();
        var options = new HeadTrainingOptions { Selection = SelectionMode.None, ValidationFraction = 0.34, Seed = 42 };

        var trained = new HeadTrainer(new MLContext(seed: 42), new Progress<string>()).Train(HeadNames.Topic, inputs, labels, options);

        var reference = new MLContext(seed: 42);
        var all = TrainingRow.ToDataView(
            reference,
            inputs.Select((input, i) => new TrainingRow { Text = input.Text, RegionEvidence = input.RegionEvidence, ToneEvidence = input.ToneEvidence, Label = (uint)labels[i] }).ToArray(),
            classes.Count);
        var expected = PipelineFactory.Create(reference, HeadNames.Topic, FeaturizerSpec.WordBigrams, TrainerSpec.LbfgsMaximumEntropy, options.Features).Fit(all);

        Assert.Equal(data.Articles.Count, trained.TrainingRows);
        Assert.Equal(Scores(reference, expected, inputs), Scores(reference, trained.Model, inputs));
    }

    private static float[][] Scores(MLContext mlContext, ITransformer model, IEnumerable<ModelInput> inputs) =>
        [.. mlContext.Data.CreateEnumerable<ScoreRow>(model.Transform(mlContext.Data.LoadFromEnumerable(inputs, FeatureSchema.For<ModelInput>(1))), reuseRowObject: false).Select(r => r.Score)];
}
