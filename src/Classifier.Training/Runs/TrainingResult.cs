using Classifier.Bundles;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;

namespace Classifier.Training.Runs;

public sealed record TrainingResult(
    BundleManifest Manifest,
    IReadOnlyList<HeadTrainingResult> Heads,
    IReadOnlyList<string> SkippedHeads,
    IReadOnlyList<DataIssue> SkippedRecords,
    ComposerTuner.Result? Composer);
