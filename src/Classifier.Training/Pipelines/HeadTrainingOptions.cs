namespace Classifier.Training.Pipelines;

public sealed record HeadTrainingOptions
{
    public SelectionMode Selection { get; init; } = SelectionMode.Quick;

    public double ValidationFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 42;

    /// <summary>How much macro-F1 a costlier pipeline must gain to be kept over a cheaper one (see
    /// <see cref="CandidatePicker"/>); 0 keeps the top score whatever it costs.</summary>
    public double MinGain { get; init; } = CandidatePicker.DefaultMinGain;

    public FeatureOptions Features { get; init; } = new();

    /// <summary>Forces one featurizer instead of searching.</summary>
    public FeaturizerSpec? Featurizer { get; init; }

    /// <summary>Forces one trainer instead of searching.</summary>
    public TrainerSpec? Trainer { get; init; }

    /// <summary>Whether to record the kept pipeline's validation macro-F1 at 10/25/50/100% of the training split
    /// (see <see cref="Evaluation.TrainingCurve"/>).</summary>
    public bool TrainingCurve { get; init; }
}
