using Classifier.Tests.Shared;
using Classifier.Training.Data;

namespace Classifier.Corpus.Tests;

/// <summary>The whole authored corpus (training part and held-out part), read once for all checks.</summary>
internal static class AuthoredCorpus
{
    private static readonly Lazy<TrainingData> s_data = new(() =>
        new TrainingDataReader().Read(Directories.Where(Directory.Exists)));

    public static IEnumerable<string> Directories =>
    [
        Path.Combine(RepoPaths.Data, "articles"),
        Path.Combine(RepoPaths.Data, "holdout"),
    ];

    public static TrainingData Data => s_data.Value;

    public static IReadOnlyList<LabelledArticle> Articles => Data.Articles;
}
