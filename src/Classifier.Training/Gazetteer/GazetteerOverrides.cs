using Classifier.Countries;
using Classifier.Taxonomy;

namespace Classifier.Training.Gazetteer;

/// <summary>The hand-written <c>data/gazetteer/overrides.tsv</c>: rows <c>iso3 TAB kind TAB phrase</c> that
/// add phrases or settle a phrase's country and kind, and <c>exclude</c> rows (iso3, or <c>*</c> for every
/// country) that remove a phrase the sources offer but which is unsafe in running text. Blank lines and
/// lines starting with <c>#</c> are comments.</summary>
internal sealed class GazetteerOverrides
{
    public const string ExcludeKind = "exclude";
    public const string AnyCountry = "*";

    private GazetteerOverrides(List<GazetteerCandidate> rows, List<(string Key, string Iso3)> exclusions)
    {
        Rows = rows;
        Exclusions = exclusions;
    }

    public IReadOnlyList<GazetteerCandidate> Rows { get; }

    /// <summary>Phrase keys (see <see cref="GazetteerPhrase.Key"/>) to drop, for one country or for all.</summary>
    public IReadOnlyList<(string Key, string Iso3)> Exclusions { get; }

    public static GazetteerOverrides Read(string path, CountryRegions table)
    {
        var rows = new List<GazetteerCandidate>();
        var exclusions = new List<(string, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[2].Trim().Length == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'iso3<TAB>kind<TAB>phrase'.");
            }

            var (iso3, kindText, phrase) = (fields[0], fields[1], fields[2].Trim());
            if (GazetteerPhrase.WordCount(phrase) == 0)
            {
                throw new FormatException($"{path}:{lineNumber}: '{phrase}' has no words.");
            }

            if (kindText == ExcludeKind)
            {
                if (iso3 != AnyCountry && !table.IsKnown(iso3))
                {
                    throw new FormatException($"{path}:{lineNumber}: '{iso3}' is not in the country table.");
                }

                exclusions.Add((GazetteerPhrase.Key(phrase), iso3));
                continue;
            }

            if (!table.IsKnown(iso3))
            {
                throw new FormatException($"{path}:{lineNumber}: '{iso3}' is not in the country table.");
            }

            if (!GazetteerKinds.TryParse(kindText, out var kind))
            {
                throw new FormatException($"{path}:{lineNumber}: unknown kind '{kindText}' (use {string.Join(", ", GazetteerKinds.All)} or {ExcludeKind}).");
            }

            rows.Add(new GazetteerCandidate(iso3, kind, phrase, CandidateSource.Override));
        }

        return new GazetteerOverrides(rows, exclusions);
    }
}
