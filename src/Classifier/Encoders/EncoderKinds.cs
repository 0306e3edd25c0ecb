namespace Classifier.Encoders;

public static class EncoderKinds
{
    /// <summary>all-MiniLM-L6-v2 run in full by ONNX Runtime.</summary>
    public const string MiniLm = "minilm";

    /// <summary>A per-token table distilled from MiniLM (Model2Vec style): an average of table rows per article.</summary>
    public const string Static = "static";

    public static IReadOnlyList<string> All { get; } = [MiniLm, Static];
}
