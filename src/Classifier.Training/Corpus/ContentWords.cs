namespace Classifier.Training.Corpus;

/// <summary>The set of content words of an article (lower case, three letters or more, no function words, no
/// reporting verbs or weekdays): what two retellings of one event share even when no phrase is repeated.</summary>
public static class ContentWords
{
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "are", "was", "were", "been", "being",
        "its", "their", "his", "her", "she", "they", "them", "our", "you", "your", "not", "than", "then", "there",
        "here", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "all", "any", "both", "each",
        "few", "more", "most", "other", "some", "such", "only", "own", "same", "too", "very", "can", "will", "just",
        "should", "would", "could", "may", "might", "must", "shall", "does", "did", "done", "has", "have", "had",
        "having", "said", "says", "say", "also", "after", "before", "over", "under", "into", "out", "about",
        "against", "between", "during", "through", "while", "because", "until", "again", "further", "once", "new",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "told", "according", "year",
        "years", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "him",
        "hers", "its", "out", "off", "per", "cent", "percent", "last", "first", "since", "still", "now", "many",
    };

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in WordTokens.Of(text))
        {
            if (token.Length >= 3 && char.IsLetter(token[0]) && !s_stop.Contains(token))
            {
                words.Add(token);
            }
        }

        return words;
    }
}
