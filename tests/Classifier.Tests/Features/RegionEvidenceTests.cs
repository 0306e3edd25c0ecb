using Classifier.Countries;
using Classifier.Features;
using Classifier.Taxonomy;

namespace Classifier.Tests.Features;

public class RegionEvidenceTests
{
    private static float Max(float[] e, string region) => e[Labels.Regions.IndexOf(region)];

    private static float Share(float[] e, string region) => e[Labels.Regions.Count + Labels.Regions.IndexOf(region)];

    [Fact]
    public void Evidence_holds_each_regions_top_salience_and_its_share_of_all_salience()
    {
        var e = ArticleFeaturizer.Default.RegionEvidence(
        [
            new CountryMention("RUS", 1f, 5),
            new CountryMention("SYR", 0.5f, 3),
            new CountryMention("LBY", 0.5f, 3),
            new CountryMention("QAT", 0.5f, 2),
        ]);
        Assert.Equal(FeatureLayout.RegionEvidenceLength, e.Length);
        Assert.Equal(1f, Max(e, "europe-central-asia"));
        Assert.Equal(0.5f, Max(e, "middle-east-north-africa"));
        Assert.Equal(0.6f, Share(e, "middle-east-north-africa"), 5);
        Assert.Equal(0.4f, Share(e, "europe-central-asia"), 5);
        Assert.Equal(0f, Share(e, "south-asia"));
    }

    [Fact]
    public void No_countries_means_no_evidence() =>
        Assert.All(ArticleFeaturizer.Default.RegionEvidence([]), v => Assert.Equal(0f, v));
}
