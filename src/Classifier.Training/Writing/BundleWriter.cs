using System.Text.Json;
using Classifier.Bundles;
using Classifier.Training.Pipelines;
using Microsoft.ML;

namespace Classifier.Training.Writing;

/// <summary>Writes a bundle into a fresh sibling directory and then swaps it into place, so a reader never sees a
/// half-written bundle.</summary>
public static class BundleWriter
{
    public static BundleManifest Write(
        MLContext mlContext,
        string directory,
        IReadOnlyList<HeadTrainingResult> heads,
        IReadOnlyDictionary<string, string> extraFiles,
        BundleManifest manifestWithoutHeads)
    {
        var target = Path.GetFullPath(directory);
        var staging = $"{target}.tmp-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        var headManifests = new Dictionary<string, HeadManifest>(StringComparer.Ordinal);
        foreach (var head in heads)
        {
            var file = BundleFormat.HeadFileName(head.Head);
            var path = Path.Combine(staging, file);
            mlContext.Model.Save(head.Model, head.InputSchema, path);
            headManifests[head.Head] = new HeadManifest
            {
                File = file,
                Sha256 = FileHash.Sha256(path),
                Classes = HeadNames.LabelsOf(head.Head).Ids,
                Trainer = head.Trainer.Name,
                Featurizer = head.Featurizer.Name,
                TrainingRows = head.TrainingRows,
                ReadsToneEvidence = head.ReadsToneEvidence,
                ReadsEmbedding = head.ReadsEmbedding,
                Temperature = head.Temperature,
                Calibration = head.Calibration,
                Validation = head.Validation.ToSummary(),
                Candidates = head.Candidates,
                TrainingCurve = head.TrainingCurve,
            };
        }

        // Files the heads need besides their models (the static encoder's table), by their name in the bundle.
        foreach (var (name, source) in extraFiles)
        {
            File.Copy(source, Path.Combine(staging, name));
        }

        var manifest = manifestWithoutHeads with { Heads = headManifests };
        WriteManifest(staging, manifest);
        Swap(staging, target);
        return manifest;
    }

    public static void WriteManifest(string directory, BundleManifest manifest)
    {
        var path = Path.Combine(directory, BundleFormat.ManifestFileName);
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, BundleFormat.JsonOptions) + "\n");
    }

    private static void Swap(string staging, string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }

        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = $"{target}.old-{Environment.ProcessId}";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}
