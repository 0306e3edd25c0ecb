using Microsoft.ML;

namespace Classifier.Training.Pipelines;

/// <summary>A multiclass trainer tried during model selection. <paramref name="ScoringCost"/> is its relative cost
/// per scored row on the scale of <see cref="FeaturizerSpec.ScoringCost"/>, for <see cref="CandidatePicker"/>: a
/// sparse dot product per class for the linear models, a hundred small trees per class for one-versus-all FastTree.</summary>
/// <param name="NeedsDenseFeatures">Quick selection tries it only for heads that read dense engineered features
/// besides the n-grams (see <see cref="PipelineFactory.ReadsDenseFeatures"/>).</param>
public sealed record TrainerSpec(string Name, Func<MLContext, IEstimator<ITransformer>> Create, int ScoringCost = 1, bool NeedsDenseFeatures = false)
{
    /// <summary>ML.NET's default (1e-7) spends most of its iterations moving weights that no longer change a label. On
    /// the bench's seed-7 splits (`--selection None`), 1e-6 cut the fits 2.4-3.6x (tone 2.6 to 1.1 s, topic 15.0 to
    /// 6.0 s, region 38.9 to 10.9 s) for test macro-F1 changes of -0.0034, 0.0000 and -0.0002; 1e-5 lost 0.007 on
    /// tone, more than the 0.005 allowed.</summary>
    public const float LbfgsTolerance = 1e-6f;

    public static TrainerSpec LbfgsMaximumEntropy { get; } = new("LbfgsMaximumEntropy", ml =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            labelColumnName: PipelineColumns.Label,
            featureColumnName: PipelineColumns.Features,
            exampleWeightColumnName: PipelineColumns.Weight,
            l1Regularization: 0f,
            l2Regularization: 1e-4f,
            optimizationTolerance: LbfgsTolerance));

    public static TrainerSpec SdcaMaximumEntropy { get; } = new("SdcaMaximumEntropy", ml =>
        ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            labelColumnName: PipelineColumns.Label,
            featureColumnName: PipelineColumns.Features,
            exampleWeightColumnName: PipelineColumns.Weight,
            l2Regularization: 1e-4f,
            maximumNumberOfIterations: 50));

    public static TrainerSpec OneVersusAllFastTree { get; } = new("OneVersusAll(FastTree)", ml =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(
                labelColumnName: PipelineColumns.Label,
                featureColumnName: PipelineColumns.Features,
                exampleWeightColumnName: PipelineColumns.Weight,
                numberOfLeaves: 16,
                numberOfTrees: 100,
                minimumExampleCountPerLeaf: 5),
            labelColumnName: PipelineColumns.Label),
        ScoringCost: 3,
        // Trees over bag-of-words alone lost to L-BFGS every time they were measured, and cost minutes: topic 0.881 against
        // 0.935 and tone 0.840 against 0.873 (validation macro-F1, models/default), CAMEO tone 0.720 against 0.822 (bench).
        // With the gazetteer evidence (region) they came within 0.002 of L-BFGS or ahead of it, so they stay there.
        NeedsDenseFeatures: true);

    public static IReadOnlyList<TrainerSpec> All { get; } = [LbfgsMaximumEntropy, SdcaMaximumEntropy, OneVersusAllFastTree];

    public static TrainerSpec Parse(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown trainer '{name}'; expected one of {string.Join(", ", All.Select(t => t.Name))}.");
}
