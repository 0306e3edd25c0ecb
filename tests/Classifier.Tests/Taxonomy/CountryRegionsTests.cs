using Classifier.Taxonomy;

namespace Classifier.Tests.Taxonomy;

public class CountryRegionsTests
{
    private static CountryRegions Table => CountryRegions.Default;

    [Theory]
    [InlineData("MLT", "europe-central-asia")] // Malta: Europe & Central Asia, as the product owner decided
    [InlineData("RUS", "europe-central-asia")]
    [InlineData("TUR", "europe-central-asia")]
    [InlineData("KAZ", "europe-central-asia")]
    [InlineData("GEO", "europe-central-asia")]
    [InlineData("CYP", "europe-central-asia")]
    [InlineData("QAT", "middle-east-north-africa")]
    [InlineData("IRN", "middle-east-north-africa")]
    [InlineData("DJI", "middle-east-north-africa")]
    [InlineData("EGY", "middle-east-north-africa")]
    [InlineData("ISR", "middle-east-north-africa")]
    [InlineData("PSE", "middle-east-north-africa")]
    [InlineData("SDN", "sub-saharan-africa")]
    [InlineData("MRT", "sub-saharan-africa")]
    [InlineData("AFG", "south-asia")]
    [InlineData("PAK", "south-asia")]
    [InlineData("MEX", "latin-america-caribbean")]
    [InlineData("JAM", "latin-america-caribbean")]
    [InlineData("USA", "north-america")]
    [InlineData("CAN", "north-america")]
    [InlineData("TWN", "east-asia-pacific")]
    [InlineData("AUS", "east-asia-pacific")]
    [InlineData("MNG", "east-asia-pacific")]
    [InlineData("XKX", "europe-central-asia")]
    public void Country_maps_to_its_World_Bank_region(string iso3, string region) =>
        Assert.Equal(region, Table.RegionOf(iso3));

    [Fact]
    public void Table_covers_every_ISO_3166_country()
    {
        // 249 ISO 3166-1 entries, less Antarctica (no region), plus Kosovo (XKX, user-assigned).
        Assert.Equal(249, Table.Countries.Count);
        Assert.All(Table.Countries, c => Assert.True(Labels.Regions.Contains(c.Region), $"{c.Iso3}: {c.Region}"));
        Assert.All(Labels.Regions.Ids, r => Assert.Contains(Table.Countries, c => c.Region == r));
    }

    [Fact]
    public void Unknown_code_is_an_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Table.RegionOf("XYZ"));
        Assert.Contains("XYZ", e.Message);
        Assert.False(Table.IsKnown("XYZ"));
    }

    [Fact]
    public void Parse_reports_bad_line_with_its_number()
    {
        var csv = "iso3,iso2,name,region\nQAT,QA,Qatar,middle-east-north-africa\nFRA,FR,France,western-europe\n";
        var e = Assert.Throws<FormatException>(() => CountryRegions.Parse(new StringReader(csv), "t.csv"));
        Assert.StartsWith("t.csv:3:", e.Message);
        Assert.Contains("western-europe", e.Message);
    }
}
