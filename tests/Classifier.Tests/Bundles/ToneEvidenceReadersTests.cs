using Classifier.Bundles;

namespace Classifier.Tests.Bundles;

/// <summary>Scoring skips the tone evidence when no head reads it; these pin down who counts as a reader.</summary>
public class ToneEvidenceReadersTests
{
    private static HeadManifest Head(bool? reads) => new()
    {
        File = "x.zip",
        Sha256 = "",
        Classes = [],
        Trainer = "t",
        Featurizer = "f",
        ReadsToneEvidence = reads,
    };

    private static BundleManifest Manifest(IReadOnlyDictionary<string, HeadManifest> heads, Dictionary<string, string>? options = null) => new()
    {
        FormatVersion = BundleFormat.Version,
        FeatureVersion = 3,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Taxonomy = new TaxonomyManifest([], [], []),
        Heads = heads,
        Options = options ?? [],
    };

    [Fact]
    public void A_head_that_records_it_reads_the_evidence()
    {
        Assert.True(Manifest(new Dictionary<string, HeadManifest> { ["tone"] = Head(true), ["topic"] = Head(false) }).ReadsToneEvidence());
        Assert.False(Manifest(new Dictionary<string, HeadManifest> { ["tone"] = Head(false), ["topic"] = Head(false) }).ReadsToneEvidence());
    }

    [Fact]
    public void An_older_tone_head_reads_it_unless_the_recorded_options_turned_it_off()
    {
        var heads = new Dictionary<string, HeadManifest> { ["tone"] = Head(null) };
        Assert.True(Manifest(heads).ReadsToneEvidence());
        Assert.True(Manifest(heads, new() { ["toneEvidence"] = "True" }).ReadsToneEvidence());
        Assert.False(Manifest(heads, new() { ["toneEvidence"] = "False" }).ReadsToneEvidence());
    }

    [Fact]
    public void Older_heads_other_than_tone_never_read_it()
    {
        Assert.False(Manifest(new Dictionary<string, HeadManifest> { ["region"] = Head(null), ["topic"] = Head(null) }).ReadsToneEvidence());
    }
}
