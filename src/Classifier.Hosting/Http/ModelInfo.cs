using Classifier.Bundles;
using Classifier.Hosting.Models;

namespace Classifier.Hosting.Http;

/// <summary>What <c>GET /v1/model</c> returns: which model scores (its identity, versions and heads), how well it
/// did on validation, when it was made and loaded. Never a path: the manifest records where the training data lay on
/// the build machine, and where the bundle lies here is nobody's business but the operator's.</summary>
/// <param name="Id">SHA-256 of the bundle's manifest, which itself names every head file's SHA-256: equal ids, equal models.</param>
/// <param name="Encoder">The sentence encoder the heads read, or null when none does.</param>
/// <param name="RefusedModel">A replacement at the model path that is not served, and why.</param>
public sealed record ModelInfo(
    string Id,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    int FormatVersion,
    int FeatureVersion,
    string? Encoder,
    TaxonomyManifest Taxonomy,
    IReadOnlyDictionary<string, ModelInfo.Head> Heads,
    DateTimeOffset LoadedAt,
    int Reloads,
    RefusedBundle? RefusedModel)
{
    /// <summary>One head: its file's hash, its classes in score order, what was trained and how well it did.</summary>
    public sealed record Head(
        string Sha256,
        IReadOnlyList<string> Classes,
        string Trainer,
        string Featurizer,
        int TrainingRows,
        float? Temperature,
        HeadMetricsSummary? Validation);

    public static ModelInfo Of(ModelHolder model)
    {
        var manifest = model.Current.Manifest;
        return new ModelInfo(
            model.Id,
            manifest.CreatedAt,
            manifest.CreatedBy,
            manifest.FormatVersion,
            manifest.FeatureVersion,
            manifest.ReadsEmbedding() ? manifest.Encoder?.ToString() : null,
            manifest.Taxonomy,
            manifest.Heads.ToDictionary(
                h => h.Key,
                h => new Head(h.Value.Sha256, h.Value.Classes, h.Value.Trainer, h.Value.Featurizer, h.Value.TrainingRows, h.Value.Temperature, h.Value.Validation)),
            model.LoadedAt,
            model.Reloads,
            model.Refused);
    }
}
