using System.Text.RegularExpressions;
using Classifier.Countries;
using Classifier.Taxonomy;
using CsvHelper;

namespace Classifier.Training.Gazetteer;

/// <summary>Reads the ISO 3166 / UN M49 table (CC BY-SA 4.0) for its ISO short names, turned into the word
/// order of running text: "Congo, Democratic Republic of the" → "Democratic Republic of the Congo",
/// "Falkland Islands (Malvinas)" → "Falkland Islands".</summary>
internal static partial class IsoRegionsTable
{
    public static List<GazetteerCandidate> Read(string path, CountryRegions table)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', HasHeader = true }, leaveOpen: false);
        csv.ReadHeader();
        var nameColumn = Column(csv.Headers, "name", path);
        var iso3Column = Column(csv.Headers, "alpha-3", path);
        var candidates = new List<GazetteerCandidate>();
        while (csv.Read())
        {
            var iso3 = csv.GetString(iso3Column);
            var name = csv.GetString(nameColumn);
            if (table.IsKnown(iso3) && name.Length > 0)
            {
                candidates.Add(new GazetteerCandidate(iso3, GazetteerKind.Alt, RunningTextForm(name), CandidateSource.IsoTable));
            }
        }

        return candidates;
    }

    public static string RunningTextForm(string isoName)
    {
        var name = Parenthetical().Replace(isoName, "").Trim();
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return name;
        }

        var head = name[..comma];
        var qualifier = name[(comma + 2)..];
        return qualifier.EndsWith(" of", StringComparison.Ordinal) || qualifier.EndsWith(" of the", StringComparison.Ordinal)
            ? $"{qualifier} {head}"
            : head;
    }

    private static int Column(IReadOnlyList<string> headers, string name, string path)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name)
            {
                return i;
            }
        }

        throw new FormatException($"{path}: no '{name}' column.");
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();
}
