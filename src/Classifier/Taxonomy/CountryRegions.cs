using System.Reflection;

namespace Classifier.Taxonomy;

/// <summary>ISO 3166-1 alpha-3 → World Bank region, from <c>data/taxonomy/country-regions.csv</c> (embedded).</summary>
public sealed class CountryRegions
{
    private const string ResourceName = "Classifier.country-regions.csv";
    private static readonly Lazy<CountryRegions> s_default = new(LoadEmbedded);

    private readonly Dictionary<string, CountryInfo> _byIso3;

    private CountryRegions(Dictionary<string, CountryInfo> byIso3) => _byIso3 = byIso3;

    /// <summary>The table shipped inside the library.</summary>
    public static CountryRegions Default => s_default.Value;

    public IReadOnlyCollection<CountryInfo> Countries => _byIso3.Values;

    public bool IsKnown(string iso3) => _byIso3.ContainsKey(iso3);

    public string RegionOf(string iso3) =>
        _byIso3.TryGetValue(iso3, out var info)
            ? info.Region
            : throw new ArgumentException($"'{iso3}' is not an ISO 3166-1 alpha-3 code in the country table.", nameof(iso3));

    public bool TryGetRegion(string iso3, out string region)
    {
        if (_byIso3.TryGetValue(iso3, out var info))
        {
            region = info.Region;
            return true;
        }

        region = "";
        return false;
    }

    public CountryInfo? Find(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>Parses the table; the format is one header line then <c>iso3,iso2,name,region</c>, names quoted
    /// when they hold a comma.</summary>
    public static CountryRegions Parse(TextReader reader, string sourceName)
    {
        var byIso3 = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        var header = reader.ReadLine();
        if (header != "iso3,iso2,name,region")
        {
            throw new FormatException($"{sourceName}:1: expected header 'iso3,iso2,name,region'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitCsvLine(line);
            if (fields.Count != 4)
            {
                throw new FormatException($"{sourceName}:{lineNumber}: expected 4 fields, found {fields.Count}.");
            }

            if (!Labels.Regions.Contains(fields[3]))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: unknown region '{fields[3]}'.");
            }

            if (!byIso3.TryAdd(fields[0], new CountryInfo(fields[0], fields[1], fields[2], fields[3])))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: '{fields[0]}' is listed twice.");
            }
        }

        return new CountryRegions(byIso3);
    }

    private static CountryRegions LoadEmbedded()
    {
        using var stream = typeof(CountryRegions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "country-regions.csv");
    }

    // The table is a tiny RFC 4180 subset (quoted names with commas); the library must not depend on CsvHelper.
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

public sealed record CountryInfo(string Iso3, string Iso2, string Name, string Region);
