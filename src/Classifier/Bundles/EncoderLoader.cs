using Classifier.Encoders;
using Classifier.Features;

namespace Classifier.Bundles;

/// <summary>Opens the encoder a bundle records, refusing any other: a different ONNX file, package version or table
/// would hand the heads vectors from another space, and they would score nonsense without any error.</summary>
internal static class EncoderLoader
{
    /// <summary>Null when no head reads the encoder's vector: a bundle that records one nobody reads does not pay
    /// for loading it.</summary>
    public static EmbeddingSource? Open(BundleManifest manifest, string directory)
    {
        if (!manifest.ReadsEmbedding() || manifest.Encoder is not { } identity)
        {
            return null;
        }

        var path = Path.Combine(directory, BundleFormat.ManifestFileName);
        MiniLmPackage package;
        try
        {
            package = MiniLmPackage.Instance;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or TypeLoadException or FileNotFoundException)
        {
            throw new BundleLoadException($"{path}: the bundle needs the encoder {identity}, which cannot be loaded: {e.Message}", e);
        }

        if (identity.Package != MiniLmPackage.PackageId || identity.PackageVersion != package.Version
            || !string.Equals(identity.ModelSha256, package.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BundleLoadException(
                $"{path}: the bundle was trained with {identity.Package} {identity.PackageVersion} (ONNX sha256 {identity.ModelSha256}); "
                + $"this build has {MiniLmPackage.PackageId} {package.Version} (sha256 {package.ModelSha256}). Retrain, or use the matching build.");
        }

        ISentenceEncoder encoder = identity.Kind switch
        {
            EncoderKinds.MiniLm => new MiniLmEncoder(identity.MaxTokens, package),
            EncoderKinds.Static => new StaticEncoder(LoadTable(identity, directory), identity, package),
            _ => throw new BundleLoadException($"{path}: unknown encoder kind '{identity.Kind}' (expected one of {string.Join(", ", EncoderKinds.All)})."),
        };
        if (encoder.Dimensions != identity.Dimensions)
        {
            throw new BundleLoadException($"{path}: the encoder gives {encoder.Dimensions} dimensions; the bundle expects {identity.Dimensions}.");
        }

        return new EmbeddingSource(encoder, manifest.EmbeddingScale);
    }

    private static StaticTable LoadTable(EncoderIdentity identity, string directory)
    {
        if (string.IsNullOrEmpty(identity.TableFile) || identity.TableFile.Contains('/') || identity.TableFile.Contains('\\'))
        {
            throw new BundleLoadException($"{Path.Combine(directory, BundleFormat.ManifestFileName)}: the static encoder names no table file inside the bundle.");
        }

        var path = Path.Combine(directory, identity.TableFile);
        if (!File.Exists(path))
        {
            throw new BundleLoadException($"{path}: the static encoder's table is missing.");
        }

        var actual = StaticTable.Sha256Of(path);
        if (!string.Equals(actual, identity.TableSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BundleLoadException($"{path}: checksum mismatch (manifest {identity.TableSha256}, file {actual}); the table is corrupt or was replaced.");
        }

        try
        {
            return StaticTable.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new BundleLoadException(e.Message, e);
        }
    }
}
