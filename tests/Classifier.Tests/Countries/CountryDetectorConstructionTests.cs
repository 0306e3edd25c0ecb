using Classifier.Countries;

namespace Classifier.Tests.Countries;

/// <summary>The detector over a hand-made gazetteer, to pin down matching rules without the shipped data.</summary>
public class CountryDetectorConstructionTests
{
    private static readonly CountryDetector s_detector = new(
    [
        new GazetteerEntry("AAA", GazetteerKind.Name, "Alpha"),
        new GazetteerEntry("AAA", GazetteerKind.Demonym, "Alphan"),
        new GazetteerEntry("BBB", GazetteerKind.Name, "New Alpha"),
        new GazetteerEntry("BBB", GazetteerKind.Alt, "NA"),
        new GazetteerEntry("CCC", GazetteerKind.City, "Port-de-Gamma"),
        new GazetteerEntry("DDD", GazetteerKind.Name, "Alpha"),
    ]);

    [Theory]
    [InlineData("Talks in Alpha resumed.", "AAA")]
    [InlineData("Talks in New Alpha resumed.", "BBB")]
    [InlineData("Talks in new Alpha resumed.", "AAA")]
    [InlineData("The Alphans agreed.", "AAA")]
    [InlineData("NA officials agreed.", "BBB")]
    [InlineData("Na officials agreed.")]
    [InlineData("Ships left Port de Gamma.", "CCC")]
    [InlineData("Ships left PORT-DE-GAMMA.", "CCC")]
    [InlineData("Ships left New, Alpha.", "AAA")]
    [InlineData("alpha particles")]
    public void Matching_is_longest_first_case_aware_and_stops_at_punctuation(string text, params string[] expected) =>
        Assert.Equal(expected, s_detector.Detect("", text).Select(m => m.Iso3));

    [Fact]
    public void The_first_row_wins_when_two_rows_read_as_the_same_words() =>
        Assert.DoesNotContain("DDD", s_detector.Detect("", "Alpha").Select(m => m.Iso3));

    [Fact]
    public void Countries_lists_every_code_in_the_gazetteer() =>
        Assert.Equal(["AAA", "BBB", "CCC", "DDD"], s_detector.Countries);

    [Fact]
    public void The_default_detector_is_built_once() => Assert.Same(CountryDetector.Default, CountryDetector.Default);
}
