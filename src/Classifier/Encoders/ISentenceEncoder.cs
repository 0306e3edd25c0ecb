namespace Classifier.Encoders;

/// <summary>Turns an article's text into one dense, L2-normalised vector: the semantic features that word n-grams
/// learned on a few thousand articles lack. Implementations are thread-safe.</summary>
public interface ISentenceEncoder : IDisposable
{
    EncoderIdentity Identity { get; }

    int Dimensions { get; }

    float[] Encode(string text);

    /// <summary>Encodes many texts at once; implementations may run them in parallel.</summary>
    float[][] Encode(IReadOnlyList<string> texts);
}
