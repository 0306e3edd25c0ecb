namespace Classifier.Scoring.Compiled;

/// <summary>The dense model columns a linear head may read beside its n-grams.</summary>
internal enum DenseInput
{
    RegionEvidence,
    ToneEvidence,
    Embedding,
}
