using Classifier.Taxonomy;
using Classifier.Tests.Shared;
using Classifier.Tests.Support;
using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class ReutersPlaceTableTests
{
    private static readonly string s_committed = Path.Combine(RepoPaths.Data, "importers", "reuters-places.tsv");

    [Fact]
    public void Committed_table_lists_175_codes_with_known_iso3_and_historical_successors()
    {
        var table = ReutersPlaceTable.Load(s_committed);

        Assert.Equal(175, table.Count);
        foreach (var code in table.Codes)
        {
            Assert.True(table.TryGetIso3(code, out var iso3));
            Assert.True(iso3.Length == 0 || CountryRegions.Default.IsKnown(iso3), $"{code} -> {iso3}");
        }

        Assert.Equal("RUS", Iso3(table, "ussr"));
        Assert.Equal("DEU", Iso3(table, "west-germany"));
        Assert.Equal("DEU", Iso3(table, "east-germany"));
        Assert.Equal("CZE", Iso3(table, "czechoslovakia"));
        Assert.Equal("SRB", Iso3(table, "yugoslavia"));
        Assert.Equal("COD", Iso3(table, "zaire"));
        Assert.Equal("MMR", Iso3(table, "burma"));
        Assert.Equal("GBR", Iso3(table, "uk"));
        Assert.Equal("", Iso3(table, "netherlands-antilles"));
    }

    [SharedFact("corpora/reuters21578/all-places-strings.lc.txt")]
    public void Committed_table_covers_every_code_of_the_collection()
    {
        var table = ReutersPlaceTable.Load(s_committed);
        var codes = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "corpora/reuters21578/all-places-strings.lc.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();

        Assert.Equal(codes.Length, table.Count);
        Assert.All(codes, c => Assert.True(table.TryGetIso3(c, out _), c));
    }

    [Fact]
    public void Unknown_iso3_in_a_table_is_an_error_naming_the_line()
    {
        using var reader = new StringReader("# comment\nusa\tUSA\natlantis\tATL\n");

        var e = Assert.Throws<ImportFormatException>(() => ReutersPlaceTable.Parse(reader, "places.tsv"));

        Assert.Equal("places.tsv:3", e.Location.ToString());
    }

    private static string Iso3(ReutersPlaceTable table, string code) =>
        table.TryGetIso3(code, out var iso3) ? iso3 : throw new KeyNotFoundException(code);
}
