using Classifier.Bundles;
using Classifier.Countries;
using Classifier.Scoring;
using Classifier.Taxonomy;

namespace Classifier.Tests.Scoring;

public sealed class ResultComposerTests
{
    private static readonly ResultComposer s_composer = new(
        new ComposerSettings { RegionThreshold = 0.3f, CountryThreshold = 0.25f, UnknownRegionBelow = 0.5f }, CountryRegions.Default);

    private static float[] Regions(params (string Id, float P)[] scores)
    {
        var v = new float[Labels.Regions.Count];
        foreach (var (id, p) in scores)
        {
            v[Labels.Regions.IndexOf(id)] = p;
        }

        return v;
    }

    [Fact]
    public void No_country_and_an_unsure_head_give_unknown_and_no_regions()
    {
        var scores = Regions(("north-america", 0.42f), ("europe-central-asia", 0.30f), ("south-asia", 0.28f));

        var result = s_composer.Compose("a", scores, null, null, new float[14], []);

        Assert.Equal(ResultComposer.UnknownRegion, result.Region);
        Assert.Empty(result.Regions);
        Assert.Equal("north-america", result.RegionScores[0].Id);
    }

    [Fact]
    public void A_confident_head_or_a_named_country_is_not_abstained_on()
    {
        var confident = s_composer.Compose("a", Regions(("north-america", 0.8f), ("south-asia", 0.2f)), null, null, new float[14], []);
        var evidence = new float[14];
        evidence[Labels.Regions.IndexOf("south-asia")] = 0.6f;
        var named = s_composer.Compose("b", Regions(("north-america", 0.42f), ("south-asia", 0.4f)), null, null, evidence,
            [new CountryMention("PAK", 0.6f, 1)]);

        Assert.Equal("north-america", confident.Region);
        Assert.Equal("north-america", named.Region);
        Assert.NotEmpty(named.Regions);
    }

    [Fact]
    public void Regions_are_ordered_by_their_scores_with_the_primary_first()
    {
        // A dateline country (Russia) named with full salience, a story about the Middle East.
        var evidence = new float[14];
        evidence[Labels.Regions.IndexOf("europe-central-asia")] = 1f;
        evidence[Labels.Regions.IndexOf("middle-east-north-africa")] = 0.7f;
        var scores = Regions(("middle-east-north-africa", 0.9f), ("europe-central-asia", 0.1f));

        var result = s_composer.Compose("a", scores, null, null, evidence, []);

        Assert.Equal(["middle-east-north-africa", "europe-central-asia"], result.Regions.Select(r => r.Id));
        for (var i = 1; i < result.Regions.Count; i++)
        {
            Assert.True(result.Regions[i].Score <= result.Regions[i - 1].Score, $"regions[{i}] scores above regions[{i - 1}]");
        }
    }

    [Fact]
    public void Bundles_without_the_setting_never_abstain()
    {
        var old = new ResultComposer(new ComposerSettings(), CountryRegions.Default);

        var result = old.Compose("a", Regions(("north-america", 0.2f), ("south-asia", 0.1f)), null, null, new float[14], []);

        Assert.Equal("north-america", result.Region);
    }
}
