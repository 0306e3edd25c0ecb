using System.Text.Json;
using Classifier.Countries;
using Classifier.Taxonomy;

namespace Classifier.Training.Gazetteer;

/// <summary>Reads mledoze/countries (ODbL): common and official names, alternative spellings, capitals and
/// English demonyms, and which countries are independent.</summary>
internal static class MledozeCountries
{
    public static (List<GazetteerCandidate> Candidates, HashSet<string> Independent) Read(string path, CountryRegions table)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var candidates = new List<GazetteerCandidate>();
        var independent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var iso3 = Iso3Of(country, table);
            if (iso3 is null)
            {
                continue;
            }

            if (country.TryGetProperty("independent", out var flag) && flag.ValueKind == JsonValueKind.True)
            {
                independent.Add(iso3);
            }

            var name = country.GetProperty("name");
            Add(candidates, iso3, GazetteerKind.Name, name.GetProperty("common").GetString());
            Add(candidates, iso3, GazetteerKind.Alt, name.GetProperty("official").GetString());
            foreach (var spelling in Strings(country, "altSpellings"))
            {
                Add(candidates, iso3, GazetteerKind.Alt, spelling);
            }

            foreach (var capital in Strings(country, "capital"))
            {
                Add(candidates, iso3, GazetteerKind.Capital, capital);
            }

            foreach (var demonym in Demonyms(country))
            {
                Add(candidates, iso3, GazetteerKind.Demonym, demonym);
            }
        }

        return (candidates, independent);
    }

    // Kosovo has the user-assigned code "UNK" there; its alpha-2 "XK" finds XKX in the project's table.
    private static string? Iso3Of(JsonElement country, CountryRegions table)
    {
        var cca3 = country.GetProperty("cca3").GetString() ?? "";
        if (table.IsKnown(cca3))
        {
            return cca3;
        }

        var cca2 = country.GetProperty("cca2").GetString();
        return table.Countries.FirstOrDefault(c => c.Iso2 == cca2)?.Iso3;
    }

    private static IEnumerable<string> Strings(JsonElement country, string property) =>
        country.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)
            : [];

    // "Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.
    private static IEnumerable<string> Demonyms(JsonElement country)
    {
        if (!country.TryGetProperty("demonyms", out var demonyms) || !demonyms.TryGetProperty("eng", out var english))
        {
            return [];
        }

        return english.EnumerateObject()
            .Select(p => p.Value.GetString() ?? "")
            .SelectMany(d => d.Split([", ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal);
    }

    private static void Add(List<GazetteerCandidate> candidates, string iso3, GazetteerKind kind, string? phrase)
    {
        if (!string.IsNullOrWhiteSpace(phrase))
        {
            candidates.Add(new GazetteerCandidate(iso3, kind, phrase.Trim(), CandidateSource.Mledoze));
        }
    }
}
