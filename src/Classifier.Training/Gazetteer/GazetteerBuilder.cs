using Classifier.Countries;
using Classifier.Taxonomy;

namespace Classifier.Training.Gazetteer;

/// <summary>Builds the country gazetteer from the shared corpora and the hand-written overrides:
/// mledoze/countries (names, spellings, capitals, demonyms), the ISO 3166 table (short names) and Phoenix's
/// country actors (spellings, adjectives, cities), restricted to the countries of
/// <c>data/taxonomy/country-regions.csv</c>.</summary>
public static class GazetteerBuilder
{
    public const string MledozePath = "gazetteers/mledoze_countries.json";
    public const string IsoTablePath = "gazetteers/iso3166_m49_regions.csv";
    public const string PhoenixPath = "petrarch2/Phoenix.Countries.actors.txt";

    /// <summary>The gazetteer rows, sorted by country, kind and phrase.</summary>
    /// <param name="sharedCorporaDir">The shared <c>corpora</c> folder, or the shared folder that holds it.</param>
    /// <param name="overridesPath">The overrides TSV, normally <c>data/gazetteer/overrides.tsv</c>.</param>
    public static IReadOnlyList<GazetteerEntry> Build(string sharedCorporaDir, string overridesPath) =>
        BuildWithReport(sharedCorporaDir, overridesPath).Entries;

    /// <summary>As <see cref="Build"/>, with where each row came from and what was left out.</summary>
    public static GazetteerBuildResult BuildWithReport(string sharedCorporaDir, string overridesPath)
    {
        var corpora = CorporaDirectory(sharedCorporaDir);
        var table = CountryRegions.Default;
        var overrides = GazetteerOverrides.Read(overridesPath, table);
        var (mledoze, independent) = MledozeCountries.Read(Path.Combine(corpora, MledozePath), table);
        var iso = IsoRegionsTable.Read(Path.Combine(corpora, IsoTablePath), table);
        var classifier = new PhoenixPhraseClassifier(mledoze.Concat(iso));
        var phoenix = PhoenixCountryActors.Read(Path.Combine(corpora, PhoenixPath), table).SelectMany(classifier.Classify);
        return GazetteerMerger.Merge(overrides.Rows.Concat(mledoze).Concat(iso).Concat(phoenix), overrides.Exclusions, independent);
    }

    private static string CorporaDirectory(string dir)
    {
        var nested = Path.Combine(dir, "corpora");
        var corpora = Directory.Exists(Path.Combine(nested, "gazetteers")) ? nested : dir;
        foreach (var file in new[] { MledozePath, IsoTablePath, PhoenixPath })
        {
            if (!File.Exists(Path.Combine(corpora, file)))
            {
                throw new FileNotFoundException($"The gazetteer source {file} is not under {Path.GetFullPath(corpora)}.", Path.Combine(corpora, file));
            }
        }

        return corpora;
    }
}
