namespace Classifier.Training.Pipelines;

/// <summary>Engineered features a run may switch off, to measure what they are worth.</summary>
public sealed record FeatureOptions
{
    /// <summary>CAMEO verb evidence as extra features of the tone head. Off by default: on a 20% dev split of the
    /// CAMEO sentences it did not beat word n-grams alone (macro-F1 0.850 with, 0.852 without).</summary>
    public bool UseToneEvidence { get; init; }

    /// <summary>Whether the run has a sentence encoder, so selection may try its pipelines.</summary>
    public bool HasEncoder { get; init; }
}
