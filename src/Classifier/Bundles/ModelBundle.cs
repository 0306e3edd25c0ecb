using System.Text.Json;
using Classifier.Features;
using Classifier.Taxonomy;
using Microsoft.ML;

namespace Classifier.Bundles;

/// <summary>A loaded, checked model bundle: the manifest and one ML.NET transformer per head.</summary>
public sealed class ModelBundle
{
    private ModelBundle(string directory, BundleManifest manifest, IReadOnlyDictionary<string, ITransformer> heads, EmbeddingSource? embedding)
    {
        Directory = directory;
        Manifest = manifest;
        Heads = heads;
        Embedding = embedding;
    }

    public string Directory { get; }

    public BundleManifest Manifest { get; }

    public IReadOnlyDictionary<string, ITransformer> Heads { get; }

    /// <summary>The bundle's sentence encoder with its scale; null when it was trained without one.</summary>
    public EmbeddingSource? Embedding { get; }

    /// <summary>Loads and checks a bundle; every failure is a <see cref="BundleLoadException"/> naming the file.</summary>
    public static ModelBundle Load(string directory, MLContext mlContext)
    {
        var manifest = ReadManifest(directory);
        CheckCompatible(manifest, directory);
        var heads = new Dictionary<string, ITransformer>(StringComparer.Ordinal);
        foreach (var (name, head) in manifest.Heads)
        {
            heads[name] = LoadHead(directory, name, head, mlContext);
        }

        return new ModelBundle(Path.GetFullPath(directory), manifest, heads, EncoderLoader.Open(manifest, directory));
    }

    public static BundleManifest ReadManifest(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new BundleLoadException($"{directory}: model bundle directory not found.");
        }

        var path = Path.Combine(directory, BundleFormat.ManifestFileName);
        if (!File.Exists(path))
        {
            throw new BundleLoadException($"{path}: not found; a model bundle needs a {BundleFormat.ManifestFileName}.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<BundleManifest>(stream, BundleFormat.JsonOptions)
                ?? throw new BundleLoadException($"{path}: the manifest is empty (null).");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $":{line + 1}" : "";
            throw new BundleLoadException($"{path}{where}: not a valid manifest: {e.Message}", e);
        }
    }

    private static void CheckCompatible(BundleManifest manifest, string directory)
    {
        var path = Path.Combine(directory, BundleFormat.ManifestFileName);
        if (manifest.FormatVersion != BundleFormat.Version)
        {
            throw new BundleLoadException(
                $"{path}: bundle format {manifest.FormatVersion} is not supported (this build reads format {BundleFormat.Version}); retrain with this version.");
        }

        if (manifest.FeatureVersion != FeatureLayout.Version)
        {
            throw new BundleLoadException(
                $"{path}: the bundle was trained on feature layout {manifest.FeatureVersion}, this build computes layout {FeatureLayout.Version}; retrain with this version.");
        }

        if (manifest.Heads is null || manifest.Heads.Count == 0)
        {
            throw new BundleLoadException($"{path}: the manifest lists no heads.");
        }

        foreach (var (name, head) in manifest.Heads)
        {
            if (!HeadNames.All.Contains(name))
            {
                throw new BundleLoadException($"{path}: unknown head '{name}'.");
            }

            var expected = HeadNames.LabelsOf(name).Ids;
            if (head.Classes is null || !head.Classes.SequenceEqual(expected))
            {
                throw new BundleLoadException(
                    $"{path}: head '{name}' was trained on classes [{string.Join(", ", head.Classes ?? [])}], but this build's taxonomy is [{string.Join(", ", expected)}].");
            }
        }

        CheckTaxonomy(path, "regions", manifest.Taxonomy?.Regions, Labels.Regions);
        CheckTaxonomy(path, "topics", manifest.Taxonomy?.Topics, Labels.Topics);
        CheckTaxonomy(path, "tones", manifest.Taxonomy?.Tones, Labels.Tones);
    }

    private static void CheckTaxonomy(string path, string field, IReadOnlyList<string>? listed, LabelSet expected)
    {
        if (listed is null || !listed.SequenceEqual(expected.Ids))
        {
            throw new BundleLoadException($"{path}: taxonomy.{field} does not match this build's {expected.Name} labels.");
        }
    }

    private static ITransformer LoadHead(string directory, string name, HeadManifest head, MLContext mlContext)
    {
        var path = Path.Combine(directory, head.File);
        if (!File.Exists(path))
        {
            throw new BundleLoadException($"{path}: the '{name}' head's model file is missing.");
        }

        var actual = FileHash.Sha256(path);
        if (!string.Equals(actual, head.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BundleLoadException(
                $"{path}: checksum mismatch (manifest {head.Sha256}, file {actual}); the file is corrupt or was replaced.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return mlContext.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is not BundleLoadException)
        {
            throw new BundleLoadException($"{path}: not a loadable ML.NET model: {e.Message}", e);
        }
    }
}
