using Classifier.Countries;

namespace Classifier.Tests.Countries;

/// <summary>"America" inside a name that is not the United States must not add USA.</summary>
public sealed class AmericaPhrasesTests
{
    [Theory]
    [InlineData("Argentina beat Chile in the Copa America final", "ARG", "CHL")]
    [InlineData("Brazil hosts the Copa Am\u00e9rica again", "BRA")]
    [InlineData("Drought spreads across Latin America and the Americas, Peru says", "PER")]
    [InlineData("Bank of America analysts expect the Bank of Japan to hold rates in Tokyo", "JPN")]
    [InlineData("New Zealand defends the America's Cup in Auckland", "NZL")]
    [InlineData("South America's biggest economy, Brazil, grew 2%", "BRA")]
    public void Names_that_contain_America_do_not_add_the_United_States(string text, params string[] expected)
    {
        var found = CountryDetector.Default.Detect("", text).Select(m => m.Iso3).ToArray();

        Assert.DoesNotContain("USA", found);
        Assert.All(expected, e => Assert.Contains(e, found));
    }

    [Fact]
    public void America_alone_is_still_the_United_States()
    {
        var found = CountryDetector.Default.Detect("", "America and Canada agreed to extend the truce on lumber tariffs.").Select(m => m.Iso3);

        Assert.Contains("USA", found);
    }
}
