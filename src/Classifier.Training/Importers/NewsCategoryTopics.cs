namespace Classifier.Training.Importers;

/// <summary>HuffPost site categories → our topics, for items without labels of ours. Only categories whose items
/// nearly all fall under one topic map; the mixed ones (WORLD NEWS, U.S. NEWS, MEDIA, IMPACT, the identity and
/// lifestyle sections) leave the topic empty. The site category says nothing about tone or region.</summary>
public static class NewsCategoryTopics
{
    private static readonly Dictionary<string, string> s_topics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POLITICS"] = "politics",
        ["CRIME"] = "crime-justice",
        ["ENVIRONMENT"] = "environment",
        ["GREEN"] = "environment",
        ["SPORTS"] = "sport",
        ["BUSINESS"] = "economy",
        ["MONEY"] = "economy",
        ["TECH"] = "science-technology",
        ["SCIENCE"] = "science-technology",
        ["ENTERTAINMENT"] = "arts-entertainment",
        ["CULTURE & ARTS"] = "arts-entertainment",
        ["ARTS"] = "arts-entertainment",
        ["ARTS & CULTURE"] = "arts-entertainment",
        ["COMEDY"] = "arts-entertainment",
        ["WELLNESS"] = "health",
        ["HEALTHY LIVING"] = "health",
    };

    public static IReadOnlyDictionary<string, string> Mapping => s_topics;

    public static string? TopicOf(string category) => s_topics.GetValueOrDefault(category.Trim());
}
