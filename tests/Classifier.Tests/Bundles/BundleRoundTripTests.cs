using System.Text.Json;
using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Tests.Support;

namespace Classifier.Tests.Bundles;

[Collection(TinyBundleCollection.Name)]
public class BundleRoundTripTests
{
    private readonly TinyBundleFixture _fixture;

    public BundleRoundTripTests(TinyBundleFixture fixture) => _fixture = fixture;

    [Fact]
    public void Manifest_records_data_heads_and_metrics()
    {
        var manifest = ModelBundle.ReadManifest(_fixture.BundleDirectory);
        Assert.Equal(BundleFormat.Version, manifest.FormatVersion);
        Assert.Equal(["region", "tone", "topic"], manifest.Heads.Keys.Order(StringComparer.Ordinal));
        var data = Assert.Single(manifest.Data);
        Assert.Equal(18, data.Rows);
        Assert.Equal(FileHash.Sha256(_fixture.DataFile), data.Sha256);
        Assert.All(manifest.Heads.Values, h =>
        {
            Assert.NotNull(h.Validation);
            Assert.NotEmpty(h.Candidates);
            Assert.Equal(18, h.TrainingRows);
            Assert.False(h.ReadsToneEvidence);
        });
    }

    [Fact]
    public void Reloaded_bundle_scores_like_the_trained_one()
    {
        var reloaded = NewsClassifier.Load(_fixture.CopyBundle());
        var article = new Article("x", "Rebels attack army base", "Rebels attacked an army base in northern Mali and killed soldiers.");
        var a = _fixture.Classifier.Classify(article);
        var b = reloaded.Classify(article);
        Assert.Equal(JsonSerializer.Serialize(a), JsonSerializer.Serialize(b));
        Assert.Equal("security", a.Topic);
        Assert.Equal("conflictual security", a.Label);
    }

    [Fact]
    public void Corrupt_head_file_fails_with_checksum_error_naming_it()
    {
        var copy = _fixture.CopyBundle();
        var head = Path.Combine(copy, "topic.zip");
        var bytes = File.ReadAllBytes(head);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(head, bytes);
        var e = Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy));
        Assert.Contains(head, e.Message);
        Assert.Contains("checksum mismatch", e.Message);
    }

    [Fact]
    public void Missing_head_file_is_named()
    {
        var copy = _fixture.CopyBundle();
        File.Delete(Path.Combine(copy, "tone.zip"));
        var e = Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy));
        Assert.Contains("tone.zip", e.Message);
        Assert.Contains("missing", e.Message);
    }

    [Fact]
    public void Truncated_model_with_matching_checksum_is_not_loadable()
    {
        var copy = _fixture.CopyBundle();
        var head = Path.Combine(copy, "region.zip");
        File.WriteAllBytes(head, File.ReadAllBytes(head)[..100]);
        RewriteManifest(copy, json => json.Replace(
            FileHash.Sha256(Path.Combine(_fixture.BundleDirectory, "region.zip")), FileHash.Sha256(head), StringComparison.Ordinal));
        var e = Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy));
        Assert.Contains("not a loadable ML.NET model", e.Message);
    }

    [Fact]
    public void Missing_directory_and_manifest_are_named()
    {
        var nowhere = Path.Combine(_fixture.Root, "nowhere");
        Assert.Contains(nowhere, Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(nowhere)).Message);
        var copy = _fixture.CopyBundle();
        File.Delete(Path.Combine(copy, BundleFormat.ManifestFileName));
        Assert.Contains("manifest.json", Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy)).Message);
    }

    [Fact]
    public void Malformed_manifest_is_reported_with_its_path()
    {
        var copy = _fixture.CopyBundle();
        File.WriteAllText(Path.Combine(copy, BundleFormat.ManifestFileName), "{ \"formatVersion\": 1, ");
        var e = Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy));
        Assert.Contains("not a valid manifest", e.Message);
    }

    [Fact]
    public void Other_format_or_feature_version_is_refused()
    {
        var copy = _fixture.CopyBundle();
        RewriteManifest(copy, json => json.Replace("\"formatVersion\": 1", "\"formatVersion\": 99", StringComparison.Ordinal));
        Assert.Contains("format 99 is not supported", Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy)).Message);

        var other = _fixture.CopyBundle();
        RewriteManifest(other, json => json.Replace($"\"featureVersion\": {FeatureLayout.Version}", "\"featureVersion\": 0", StringComparison.Ordinal));
        Assert.Contains("feature layout 0", Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(other)).Message);
    }

    [Fact]
    public void Taxonomy_mismatch_is_refused()
    {
        var copy = _fixture.CopyBundle();
        RewriteManifest(copy, json => json.Replace("\"arts-entertainment\"", "\"culture\"", StringComparison.Ordinal));
        Assert.Contains("culture", Assert.Throws<BundleLoadException>(() => NewsClassifier.Load(copy)).Message);
    }

    private static void RewriteManifest(string bundle, Func<string, string> edit)
    {
        var path = Path.Combine(bundle, BundleFormat.ManifestFileName);
        var before = File.ReadAllText(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }
}
