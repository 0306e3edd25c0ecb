using Classifier.Bundles;

namespace Classifier.Training.Data;

/// <summary>Labelled articles read from one or more files, with the files' fingerprints and the skipped records.</summary>
public sealed record TrainingData(
    IReadOnlyList<LabelledArticle> Articles,
    IReadOnlyList<DataFileManifest> Files,
    IReadOnlyList<DataIssue> Skipped);
