using Classifier.Bundles;
using Classifier.Training.Evaluation;
using Microsoft.ML;

namespace Classifier.Training.Pipelines;

/// <summary>A trained head: the final model (refit on all rows) and what selection measured on the validation split.</summary>
public sealed record HeadTrainingResult
{
    public required string Head { get; init; }

    public required ITransformer Model { get; init; }

    public required DataViewSchema InputSchema { get; init; }

    public required FeaturizerSpec Featurizer { get; init; }

    public required TrainerSpec Trainer { get; init; }

    public required int TrainingRows { get; init; }

    public required bool ReadsToneEvidence { get; init; }

    public bool ReadsEmbedding { get; init; }

    public float Temperature { get; init; } = 1f;

    public CalibrationSummary? Calibration { get; init; }

    public required ClassificationReport Validation { get; init; }

    public required IReadOnlyList<CandidateResult> Candidates { get; init; }

    /// <summary>Validation macro-F1 against training-set size; null when not measured.</summary>
    public IReadOnlyList<TrainingCurvePoint>? TrainingCurve { get; init; }

    /// <summary>Row indices (into the head's rows) of the validation split and the chosen pipeline's scores on them,
    /// calibrated.</summary>
    public required int[] ValidationRows { get; init; }

    public required float[][] ValidationScores { get; init; }
}
