using Classifier.Taxonomy;

namespace Classifier.Training.Importers;

/// <summary>The <c>regions</c> cell that goes with a <c>countries</c> cell: each country's region once, in country
/// order, so the first country decides the primary region.</summary>
internal static class RegionsOfCountries
{
    public static string[] Of(IEnumerable<string> iso3Codes, CountryRegions? table = null)
    {
        table ??= CountryRegions.Default;
        return iso3Codes.Select(table.RegionOf).Distinct(StringComparer.Ordinal).ToArray();
    }
}
