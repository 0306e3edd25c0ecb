using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Bundles;

public static class BundleFormat
{
    /// <summary>Bumped when the bundle layout or manifest changes incompatibly.</summary>
    public const int Version = 1;

    public const string ManifestFileName = "manifest.json";

    public static string HeadFileName(string head) => $"{head}.zip";

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
