using Classifier.Countries;
using Classifier.Taxonomy;
using Classifier.Training.Gazetteer;

namespace Classifier.Tests.Countries;

/// <summary>The gazetteer builder's pieces, on small inputs written here.</summary>
public sealed class GazetteerBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gazetteer-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("Congo, Democratic Republic of the", "Democratic Republic of the Congo")]
    [InlineData("Korea, Republic of", "Republic of Korea")]
    [InlineData("Taiwan, Province of China", "Taiwan")]
    [InlineData("Falkland Islands (Malvinas)", "Falkland Islands")]
    [InlineData("Bonaire, Sint Eustatius and Saba", "Bonaire")]
    [InlineData("Türkiye", "Türkiye")]
    public void ISO_short_names_are_put_in_running_text_order(string isoName, string expected) =>
        Assert.Equal(expected, IsoRegionsTable.RunningTextForm(isoName));

    [Theory]
    [InlineData("UNITED_STATES_OF_AMERICA_", "United States of America")]
    [InlineData("COTE_D'IVOIRE_", "Cote d'Ivoire")]
    [InlineData("N'DJAMENA_", "N'Djamena")]
    [InlineData("MAZAR-I-SHARIF_", "Mazar-i-Sharif")]
    [InlineData("MA'RIB_GOVERNORATE", "Ma'rib Governorate")]
    [InlineData("COX'S_BAZAR_", "Cox's Bazar")]
    [InlineData("U.K._", "U.K.")]
    public void Phoenix_phrases_are_rewritten_in_running_text_case(string phoenix, string expected) =>
        Assert.Equal(expected, PhoenixPhraseCasing.ToRunningText(phoenix));

    [Theory]
    [InlineData("Qatar", true)]
    [InlineData("Côte d'Ivoire", true)]
    [InlineData("USA", true)]
    [InlineData("IN", false)] // an ISO alpha-2 code reads as the English word
    [InlineData("US", false)]
    [InlineData("Lao", false)]
    [InlineData("Ελλάδα", false)]
    [InlineData("Korea (South)", false)]
    [InlineData("4ESKO", false)]
    [InlineData("the", false)]
    public void Source_phrases_that_misfire_as_plain_words_are_rejected(string phrase, bool safe) =>
        Assert.Equal(safe, PhraseSafety.IsSafe(phrase));

    [Fact]
    public void An_independent_country_wins_a_phrase_shared_with_a_territory()
    {
        var result = Merge(
        [
            new GazetteerCandidate("IOT", GazetteerKind.Demonym, "Indian", CandidateSource.Mledoze),
            new GazetteerCandidate("IND", GazetteerKind.Demonym, "Indian", CandidateSource.Mledoze),
        ]);

        Assert.Equal([new GazetteerEntry("IND", GazetteerKind.Demonym, "Indian")], result.Entries);
    }

    [Fact]
    public void A_phrase_two_independent_countries_share_is_left_out_and_reported()
    {
        var result = Merge(
        [
            new GazetteerCandidate("COD", GazetteerKind.Demonym, "Congolese", CandidateSource.Mledoze),
            new GazetteerCandidate("COG", GazetteerKind.Demonym, "Congolese", CandidateSource.Mledoze),
        ]);

        Assert.Empty(result.Entries);
        Assert.Equal(["Congolese: COD, COG"], result.AmbiguousPhrases);
    }

    [Fact]
    public void An_override_settles_country_and_kind_over_the_sources()
    {
        var result = Merge(
        [
            new GazetteerCandidate("COG", GazetteerKind.Name, "Congo", CandidateSource.Mledoze),
            new GazetteerCandidate("COD", GazetteerKind.Alt, "Congo", CandidateSource.Override),
            new GazetteerCandidate("MMR", GazetteerKind.Alt, "Burma", CandidateSource.Mledoze),
            new GazetteerCandidate("MMR", GazetteerKind.Historical, "Burma", CandidateSource.Override),
        ]);

        Assert.Equal(
            [new GazetteerEntry("COD", GazetteerKind.Alt, "Congo"), new GazetteerEntry("MMR", GazetteerKind.Historical, "Burma")],
            result.Entries);
    }

    [Fact]
    public void A_better_trusted_source_and_a_stronger_kind_win_and_spellings_the_detector_cannot_tell_apart_merge()
    {
        var result = Merge(
        [
            new GazetteerCandidate("AUS", GazetteerKind.City, "Christmas Island", CandidateSource.Phoenix),
            new GazetteerCandidate("CXR", GazetteerKind.Name, "Christmas Island", CandidateSource.Mledoze),
            new GazetteerCandidate("CIV", GazetteerKind.Alt, "COTE D'IVOIRE", CandidateSource.Phoenix),
            new GazetteerCandidate("CIV", GazetteerKind.Name, "Côte d'Ivoire", CandidateSource.Mledoze),
        ]);

        Assert.Equal(
            [new GazetteerEntry("CIV", GazetteerKind.Name, "Côte d'Ivoire"), new GazetteerEntry("CXR", GazetteerKind.Name, "Christmas Island")],
            result.Entries);
    }

    [Fact]
    public void Exclusions_remove_source_phrases_for_one_country_or_all()
    {
        var result = Merge(
            [
                new GazetteerCandidate("JEY", GazetteerKind.Name, "Jersey", CandidateSource.Mledoze),
                new GazetteerCandidate("USA", GazetteerKind.City, "Jersey", CandidateSource.Phoenix),
                new GazetteerCandidate("PRK", GazetteerKind.City, "Honam", CandidateSource.Phoenix),
                new GazetteerCandidate("KOR", GazetteerKind.City, "Seoul", CandidateSource.Phoenix),
            ],
            [("jersey", "*"), ("honam", "PRK")]);

        Assert.Equal([new GazetteerEntry("KOR", GazetteerKind.City, "Seoul")], result.Entries);
        Assert.Equal(3, result.ExcludedCandidates);
    }

    [Fact]
    public void Overrides_are_read_with_exclusions_and_comments()
    {
        var path = Write("overrides.tsv", "# comment\n\nRUS\thistorical\tUSSR\n*\texclude\tJersey\nPRK\texclude\tHonam\n");

        var overrides = GazetteerOverrides.Read(path, CountryRegions.Default);

        Assert.Equal([new GazetteerCandidate("RUS", GazetteerKind.Historical, "USSR", CandidateSource.Override)], overrides.Rows);
        Assert.Equal([("jersey", "*"), ("honam", "PRK")], overrides.Exclusions);
    }

    [Theory]
    [InlineData("XXX\tname\tNowhere\n", "'XXX' is not in the country table")]
    [InlineData("RUS\tnickname\tBear\n", "unknown kind 'nickname'")]
    [InlineData("RUS\tname\n", "expected 'iso3<TAB>kind<TAB>phrase'")]
    [InlineData("*\tname\tAnywhere\n", "'*' is not in the country table")]
    public void Overrides_with_mistakes_are_rejected_with_the_line(string content, string message)
    {
        var path = Write("bad.tsv", content);

        var error = Assert.Throws<FormatException>(() => GazetteerOverrides.Read(path, CountryRegions.Default));

        Assert.Contains(":1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phoenix_keeps_countries_and_drops_leaders_institutions_and_former_codes()
    {
        var path = Write("actors.txt", string.Join('\n',
            "# header comment",
            "AFGHANISTAN_  [AFG]",
            "+AFGHAN_ ",
            "+KABUL_ # capital",
            "",
            "AFGHAN_NATIONAL_ARMY",
            "+ANA",
            "\t[AFGMIL]",
            "HAMID_KARZAI_  # CountryInfo.txt",
            "\t[AFGGOV 041207-140929]",
            "UKRAINE_",
            "+KYIV_",
            "\t[USRUKR <910824]",
            "\t[UKR >911221]",
            "SOVIET_UNION",
            "+USSR",
            "\t[SUN]",
            "GREENLAND_  [DNKGRL]",
            "+NUUK_",
            "KOSOVO [KSV] # World Bank code",
            "+PRISTINA"));

        var actors = PhoenixCountryActors.Read(path, CountryRegions.Default);

        Assert.Equal(
            ["AFG AFGHANISTAN_ AFGHAN_|KABUL_", "UKR UKRAINE_ KYIV_", "GRL GREENLAND_ NUUK_", "XKX KOSOVO PRISTINA"],
            actors.Select(a => $"{a.Iso3} {a.Head} {string.Join('|', a.Synonyms)}"));
    }

    [Fact]
    public void Phoenix_synonyms_get_a_kind_from_their_likeness_to_the_names_and_their_place_in_the_list()
    {
        var classifier = new PhoenixPhraseClassifier(
        [
            new GazetteerCandidate("AFG", GazetteerKind.Name, "Afghanistan", CandidateSource.Mledoze),
            new GazetteerCandidate("AFG", GazetteerKind.Demonym, "Afghan", CandidateSource.Mledoze),
            new GazetteerCandidate("AFG", GazetteerKind.Capital, "Kabul", CandidateSource.Mledoze),
        ]);
        var actor = new PhoenixActor("AFGHANISTAN_", ["AFGHANS_", "AFGHANESTAN_", "THE_GRAVEYARD_OF_EMPIRES_", "KABUL_", "HERAT_"], "AFG");

        var kinds = classifier.Classify(actor).Select(c => $"{c.Kind.ToText()}:{c.Phrase}");

        Assert.Equal(
            ["alt:Afghanistan", "demonym:Afghans", "alt:Afghanestan", "alt:The Graveyard of Empires", "city:Kabul", "city:Herat"],
            kinds);
    }

    [Fact]
    public void The_writer_emits_the_header_and_rows_with_line_feeds()
    {
        var path = Path.Combine(_directory, "out", "gazetteer.tsv");

        GazetteerWriter.Write([new GazetteerEntry("QAT", GazetteerKind.Name, "Qatar")], path);

        Assert.Equal("iso3\tkind\tphrase\nQAT\tname\tQatar\n", File.ReadAllText(path));
    }

    [Fact]
    public void The_builder_says_which_source_file_is_missing()
    {
        var overrides = Write("overrides.tsv", "");

        var error = Assert.Throws<FileNotFoundException>(() => GazetteerBuilder.Build(_directory, overrides));

        Assert.Contains("mledoze_countries.json", error.Message, StringComparison.Ordinal);
    }

    private static GazetteerBuildResult Merge(IEnumerable<GazetteerCandidate> candidates, IReadOnlyList<(string, string)>? exclusions = null) =>
        GazetteerMerger.Merge(candidates, exclusions ?? [], new HashSet<string> { "IND", "COD", "COG", "AUS", "CIV", "MMR", "KOR", "PRK", "USA" });

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
