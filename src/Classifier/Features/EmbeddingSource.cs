using Classifier.Encoders;

namespace Classifier.Features;

/// <summary>A bundle's encoder and the scale its vectors are multiplied by before the heads read them. Both the
/// TF-IDF vector and the embedding have unit length, but the embedding spreads its mass over hundreds of dense
/// slots; the scale lets the L2-regularised heads weigh it against the n-grams. Training chooses it and the
/// manifest records it.</summary>
public sealed class EmbeddingSource
{
    public const float DefaultScale = 1.5f;

    public EmbeddingSource(ISentenceEncoder encoder, float scale)
    {
        if (!(scale > 0) || float.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The embedding scale must be a positive number.");
        }

        Encoder = encoder;
        Scale = scale;
    }

    public ISentenceEncoder Encoder { get; }

    public float Scale { get; }

    public int Dimensions => Encoder.Dimensions;

    public float[] Embed(string modelText) => ApplyScale(Encoder.Encode(modelText));

    public float[][] Embed(IReadOnlyList<string> modelTexts)
    {
        var vectors = Encoder.Encode(modelTexts);
        foreach (var vector in vectors)
        {
            ApplyScale(vector);
        }

        return vectors;
    }

    /// <summary>Multiplies an encoder vector by <see cref="Scale"/> in place.</summary>
    public float[] ApplyScale(float[] vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= Scale;
        }

        return vector;
    }
}
