namespace Classifier.Features;

/// <summary>The shape of the engineered features. A bundle records <see cref="Version"/>; a library with another
/// version refuses to load it, because the heads would read misaligned vectors.</summary>
public static class FeatureLayout
{
    public const int Version = 4;

    /// <summary>Per region: the salience of its most salient country, then its share of all salience.</summary>
    public const int RegionEvidenceLength = 14;

    public const int ToneEvidenceLength = Features.ToneEvidence.Length;

    public const string TextColumn = nameof(ModelInput.Text);

    public const string RegionEvidenceColumn = nameof(ModelInput.RegionEvidence);

    public const string ToneEvidenceColumn = nameof(ModelInput.ToneEvidence);

    public const string EmbeddingColumn = nameof(ModelInput.Embedding);
}
