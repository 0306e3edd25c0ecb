using Classifier.Bundles;
using Classifier.Training.Pipelines;

namespace Classifier.Training.Runs;

public sealed record TrainingOptions
{
    public required IReadOnlyList<string> DataPaths { get; init; }

    public required string OutputDirectory { get; init; }

    public IReadOnlyList<string> Heads { get; init; } = HeadNames.All;

    public bool SkipInvalid { get; init; }

    public HeadTrainingOptions Head { get; init; } = new();

    /// <summary>The sentence encoder to offer the heads; null trains on n-grams and evidence only.</summary>
    public Encoders.EncoderOptions? Encoder { get; init; }

    /// <summary>Per source (the CSV's <c>source</c> column), how much its rows count; unlisted sources count 1.</summary>
    public IReadOnlyDictionary<string, float> SourceWeights { get; init; } = new Dictionary<string, float>();

    /// <summary>Recorded in the manifest as given, e.g. the command line's options.</summary>
    public IReadOnlyDictionary<string, string> Recorded { get; init; } = new Dictionary<string, string>();
}
