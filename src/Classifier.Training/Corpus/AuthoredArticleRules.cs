using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>What an authored article must satisfy beyond the data contract (see data/LABELING.md).</summary>
public static class AuthoredArticleRules
{
    public const int MinWords = 40;
    /// <summary>Issue 12 asked for full articles (250–700 words) beside the briefs.</summary>
    public const int MaxWords = 700;

    public static IEnumerable<string> Check(LabelledArticle article)
    {
        if (article.Source != "authored")
        {
            yield return $"source must be 'authored', found '{article.Source}'";
        }

        if (string.IsNullOrWhiteSpace(article.Title))
        {
            yield return "empty title";
        }

        var words = article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < MinWords or > MaxWords)
        {
            yield return $"text has {words} words (allowed {MinWords}-{MaxWords})";
        }

        if (article.Topic is null || article.Tone is null || article.Regions.Count == 0 || article.Countries.Count == 0)
        {
            yield return "every label cell must be filled in authored articles";
            yield break;
        }

        var fromCountries = article.Countries.Select(CountryRegions.Default.RegionOf).ToHashSet(StringComparer.Ordinal);
        if (!fromCountries.SetEquals(article.Regions))
        {
            yield return $"regions [{string.Join(";", article.Regions)}] differ from the regions of the countries [{string.Join(";", fromCountries.Order(StringComparer.Ordinal))}]";
        }

        if (CountryRegions.Default.RegionOf(article.Countries[0]) != article.Regions[0])
        {
            yield return $"the first country {article.Countries[0]} is not in the primary region {article.Regions[0]}";
        }
    }
}
