using Classifier.Taxonomy;

namespace Classifier.Training.Data;

/// <summary>Checks one record's cells against the taxonomy and returns what is wrong, if anything.</summary>
public static class RecordValidator
{
    public static string? Check(LabelledArticle article)
    {
        if (string.IsNullOrWhiteSpace(article.Id))
        {
            return "empty id";
        }

        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return $"record '{article.Id}': empty text";
        }

        if (article.Topic is { } topic && !Labels.Topics.Contains(topic))
        {
            return $"record '{article.Id}': unknown topic '{topic}' (expected one of {string.Join(", ", Labels.Topics.Ids)})";
        }

        if (article.Tone is { } tone && !Labels.Tones.Contains(tone))
        {
            return $"record '{article.Id}': unknown tone '{tone}' (expected one of {string.Join(", ", Labels.Tones.Ids)})";
        }

        foreach (var region in article.Regions)
        {
            if (!Labels.Regions.Contains(region))
            {
                return $"record '{article.Id}': unknown region '{region}' (expected one of {string.Join(", ", Labels.Regions.Ids)})";
            }
        }

        if (article.Regions.Distinct(StringComparer.Ordinal).Count() != article.Regions.Count)
        {
            return $"record '{article.Id}': a region is listed twice";
        }

        foreach (var country in article.Countries)
        {
            if (!CountryRegions.Default.IsKnown(country))
            {
                return $"record '{article.Id}': unknown country code '{country}' (expected ISO 3166-1 alpha-3, e.g. QAT)";
            }
        }

        return null;
    }
}
