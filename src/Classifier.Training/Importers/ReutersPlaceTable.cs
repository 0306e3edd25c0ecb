using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>Reuters-21578 PLACES code → ISO 3166-1 alpha-3, from <c>data/importers/reuters-places.tsv</c>
/// (<c>code TAB iso3</c>, <c>#</c> comments). An empty iso3 marks a place with no country code.</summary>
public sealed class ReutersPlaceTable
{
    public const string RelativePath = "data/importers/reuters-places.tsv";

    private readonly Dictionary<string, string> _iso3ByCode;

    private ReutersPlaceTable(Dictionary<string, string> iso3ByCode, string sourceName)
    {
        _iso3ByCode = iso3ByCode;
        SourceName = sourceName;
    }

    public string SourceName { get; }

    public int Count => _iso3ByCode.Count;

    public IEnumerable<string> Codes => _iso3ByCode.Keys;

    /// <summary>False for a code the table does not list; true with an empty <paramref name="iso3"/> for a place
    /// that is listed but has no country code.</summary>
    public bool TryGetIso3(string code, out string iso3) => _iso3ByCode.TryGetValue(code, out iso3!);

    public static ReutersPlaceTable Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>The committed table, found by walking up from the working directory and then from the program's
    /// directory: the table is repository data, not a build output, so a run from anywhere in the checkout finds it.</summary>
    public static ReutersPlaceTable LoadDefault() =>
        Load(FindDefault() ?? throw new FileNotFoundException(
            $"{RelativePath} was not found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; pass the table's path explicitly.",
            RelativePath));

    public static string? FindDefault() =>
        FindAbove(Directory.GetCurrentDirectory()) ?? FindAbove(AppContext.BaseDirectory);

    public static ReutersPlaceTable Parse(TextReader reader, string sourceName, CountryRegions? countries = null)
    {
        countries ??= CountryRegions.Default;
        var iso3ByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var location = new SourceLocation(sourceName, lineNumber);
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Trim().Length == 0)
            {
                throw new ImportFormatException(location, "expected 'code<TAB>iso3' (iso3 may be empty)");
            }

            var code = fields[0].Trim().ToLowerInvariant();
            var iso3 = fields[1].Trim().ToUpperInvariant();
            if (iso3.Length > 0 && !countries.IsKnown(iso3))
            {
                throw new ImportFormatException(location, $"'{iso3}' is not an ISO 3166-1 alpha-3 code in the country table");
            }

            if (!iso3ByCode.TryAdd(code, iso3))
            {
                throw new ImportFormatException(location, $"PLACES code '{code}' is listed twice");
            }
        }

        return new ReutersPlaceTable(iso3ByCode, sourceName);
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
