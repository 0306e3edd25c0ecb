using Classifier.Countries;
using Classifier.Taxonomy;
using Classifier.Tests.Shared;
using Classifier.Tests.Support;
using Classifier.Training.Gazetteer;

namespace Classifier.Tests.Countries;

/// <summary>The committed <c>data/gazetteer/gazetteer.tsv</c>: that it is what the builder makes from the
/// shared sources and the overrides, and that it is fit for the detector.</summary>
public class GazetteerFileTests
{
    /// <summary>Set to 1 to rewrite the committed gazetteer from the sources before comparing.</summary>
    public const string RegenerateVariable = "CLASSIFIER_REGENERATE_GAZETTEER";

    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> s_committed = new(() =>
    {
        using var reader = new StreamReader(GazetteerPath);
        return GazetteerTsv.Read(reader, GazetteerPath);
    });

    private static string GazetteerPath => Path.Combine(RepoPaths.Data, "gazetteer", "gazetteer.tsv");

    private static string OverridesPath => Path.Combine(RepoPaths.Data, "gazetteer", "overrides.tsv");

    [SharedFact("corpora/" + GazetteerBuilder.PhoenixPath)]
    public void The_committed_gazetteer_is_what_the_builder_makes_from_the_sources_and_overrides()
    {
        var built = GazetteerBuilder.Build(RepoPaths.Shared, OverridesPath);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            GazetteerWriter.Write(built, GazetteerPath);
        }

        Assert.True(
            GazetteerWriter.Format(built) == File.ReadAllText(GazetteerPath),
            $"data/gazetteer/gazetteer.tsv is out of date with overrides.tsv or the sources; run the tests with {RegenerateVariable}=1 to regenerate it.");
    }

    [Fact]
    public void Every_row_names_a_country_of_the_region_table() =>
        Assert.All(s_committed.Value, e => Assert.True(CountryRegions.Default.IsKnown(e.Iso3), $"{e.Iso3} ({e.Phrase})"));

    [Fact]
    public void No_two_rows_read_as_the_same_words()
    {
        var duplicates = s_committed.Value.GroupBy(e => GazetteerPhrase.Key(e.Phrase)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_kind_is_used() =>
        Assert.Equal(Enum.GetValues<GazetteerKind>(), s_committed.Value.Select(e => e.Kind).Distinct().Order());

    [Theory]
    [InlineData("USSR", "RUS", GazetteerKind.Historical)]
    [InlineData("West Germany", "DEU", GazetteerKind.Historical)]
    [InlineData("Burma", "MMR", GazetteerKind.Historical)]
    [InlineData("Zaire", "COD", GazetteerKind.Historical)]
    [InlineData("Swaziland", "SWZ", GazetteerKind.Historical)]
    [InlineData("Upper Volta", "BFA", GazetteerKind.Historical)]
    [InlineData("Kremlin", "RUS", GazetteerKind.Metonym)]
    [InlineData("Downing Street", "GBR", GazetteerKind.Metonym)]
    [InlineData("Elysee", "FRA", GazetteerKind.Metonym)]
    [InlineData("Quai d'Orsay", "FRA", GazetteerKind.Metonym)]
    [InlineData("Aso Rock", "NGA", GazetteerKind.Metonym)]
    [InlineData("Moncloa", "ESP", GazetteerKind.Metonym)]
    [InlineData("Emirati", "ARE", GazetteerKind.Demonym)]
    [InlineData("Congolese", "COD", GazetteerKind.Demonym)]
    [InlineData("Kiwi", "NZL", GazetteerKind.Demonym)]
    [InlineData("Bundesbank", "DEU", GazetteerKind.Institution)]
    [InlineData("Hezbollah", "LBN", GazetteerKind.Institution)]
    [InlineData("Houthis", "YEM", GazetteerKind.Institution)]
    [InlineData("Kano", "NGA", GazetteerKind.City)]
    [InlineData("Benghazi", "LBY", GazetteerKind.City)]
    [InlineData("Ramallah", "PSE", GazetteerKind.Capital)]
    [InlineData("St Petersburg", "RUS", GazetteerKind.City)]
    [InlineData("São Paulo", "BRA", GazetteerKind.City)]
    [InlineData("Kosovo", "XKX", GazetteerKind.Name)]
    public void Required_phrases_point_at_their_country(string phrase, string iso3, GazetteerKind kind)
    {
        var key = GazetteerPhrase.Key(phrase);

        var entry = Assert.Single(s_committed.Value, e => GazetteerPhrase.Key(e.Phrase) == key);

        Assert.Equal((iso3, kind), (entry.Iso3, entry.Kind));
    }

    [Theory]
    [InlineData("IN")]
    [InlineData("Jersey")]
    [InlineData("Victoria")]
    [InlineData("Island")]
    public void Unsafe_phrases_are_not_in_the_gazetteer(string phrase) =>
        Assert.DoesNotContain(s_committed.Value, e => GazetteerPhrase.Key(e.Phrase) == GazetteerPhrase.Key(phrase));
}
