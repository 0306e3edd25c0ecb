using Classifier.Taxonomy;

namespace Classifier.Tests.Taxonomy;

public class LabelsTests
{
    [Fact]
    public void Taxonomy_has_the_documented_label_counts()
    {
        Assert.Equal(7, Labels.Regions.Count);
        Assert.Equal(11, Labels.Topics.Count);
        Assert.Equal(5, Labels.Tones.Count);
    }

    [Theory]
    [InlineData("neutral", "neutral")]
    [InlineData("verbal-cooperation", "cooperative")]
    [InlineData("material-cooperation", "cooperative")]
    [InlineData("verbal-conflict", "conflictual")]
    [InlineData("material-conflict", "conflictual")]
    public void Fine_tone_maps_to_coarse_tone(string fine, string coarse) =>
        Assert.Equal(coarse, Labels.CoarseToneOf(fine));

    [Fact]
    public void Unknown_tone_is_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => Labels.CoarseToneOf("friendly"));
        Assert.Contains("friendly", e.Message);
    }

    [Fact]
    public void Headline_label_is_coarse_tone_then_topic() =>
        Assert.Equal("cooperative diplomacy", Labels.Headline("cooperative", "diplomacy"));

    [Fact]
    public void Label_set_rejects_duplicates() =>
        Assert.Throws<ArgumentException>(() => new LabelSet("x", ["a", "b", "a"]));
}
