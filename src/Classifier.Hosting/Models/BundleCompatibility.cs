using Classifier.Bundles;

namespace Classifier.Hosting.Models;

/// <summary>Whether a bundle may replace the one a running host serves. Clients of a long-running host rely on the
/// shape of its answers: a replacement with fewer heads would answer <c>"topic":""</c> from then on, one with another
/// taxonomy would return labels clients do not know, and one built on other features (feature version, sentence
/// encoder) would change cost and inputs under them. Such a change needs a restart, which is a decision; a retrain
/// of the same shape does not.</summary>
public static class BundleCompatibility
{
    /// <summary>Every way <paramref name="candidate"/> differs in shape from <paramref name="served"/>; empty when it
    /// may replace it.</summary>
    public static IReadOnlyList<string> Differences(BundleManifest served, BundleManifest candidate)
    {
        var differences = new List<string>();
        var servedHeads = served.Heads.Keys.Order(StringComparer.Ordinal).ToArray();
        var candidateHeads = candidate.Heads.Keys.Order(StringComparer.Ordinal).ToArray();
        if (!servedHeads.SequenceEqual(candidateHeads))
        {
            differences.Add($"heads {Join(candidateHeads)} instead of {Join(servedHeads)}");
        }

        foreach (var head in servedHeads.Intersect(candidateHeads))
        {
            if (!served.Heads[head].Classes.SequenceEqual(candidate.Heads[head].Classes))
            {
                differences.Add($"{head} head classes {Join(candidate.Heads[head].Classes)} instead of {Join(served.Heads[head].Classes)}");
            }
        }

        AddListDifference(differences, "regions", served.Taxonomy.Regions, candidate.Taxonomy.Regions);
        AddListDifference(differences, "topics", served.Taxonomy.Topics, candidate.Taxonomy.Topics);
        AddListDifference(differences, "tones", served.Taxonomy.Tones, candidate.Taxonomy.Tones);

        if (served.FeatureVersion != candidate.FeatureVersion)
        {
            differences.Add($"feature version {candidate.FeatureVersion} instead of {served.FeatureVersion}");
        }

        var servedEncoder = EncoderLayout(served);
        var candidateEncoder = EncoderLayout(candidate);
        if (servedEncoder != candidateEncoder)
        {
            differences.Add($"sentence encoder {candidateEncoder} instead of {servedEncoder}");
        }

        return differences;
    }

    // The kind and width of the vector the heads read; another table or weights of the same shape is a retrain.
    private static string EncoderLayout(BundleManifest manifest) =>
        manifest.ReadsEmbedding() && manifest.Encoder is { } encoder ? $"{encoder.Kind} {encoder.Dimensions}-d" : "none";

    private static void AddListDifference(List<string> differences, string what, IReadOnlyList<string> served, IReadOnlyList<string> candidate)
    {
        if (!served.SequenceEqual(candidate))
        {
            differences.Add($"taxonomy {what} {Join(candidate)} instead of {Join(served)}");
        }
    }

    private static string Join(IEnumerable<string> items) => $"[{string.Join(", ", items)}]";
}
