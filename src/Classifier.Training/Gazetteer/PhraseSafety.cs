using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>Rejects source phrases that would misfire as plain words in English news: ISO alpha-2 codes ("IN",
/// "US" read as words), very short words, phrases in other scripts or with digits and brackets, and phrases
/// made only of connecting words. Overrides are written by hand and are not filtered here.</summary>
internal static class PhraseSafety
{
    private const int MinSingleWordLetters = 4;

    private static readonly HashSet<string> s_connectingWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "a", "an", "de", "la", "le", "el", "al", "du", "des", "da", "do",
    };

    public static bool IsSafe(string phrase)
    {
        foreach (var c in phrase)
        {
            var allowed = char.IsLetter(c) ? TextFoldsToAscii(c) : c is ' ' or '-' or '\'' or '\u2019' or '.';
            if (!allowed)
            {
                return false;
            }
        }

        var words = phrase.Split([' ', '-', '\'', '\u2019', '.'], StringSplitOptions.RemoveEmptyEntries);
        var keyWords = GazetteerPhrase.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (keyWords.Length == 0 || keyWords.All(s_connectingWords.Contains))
        {
            return false;
        }

        if (keyWords.Length == 1)
        {
            var allCaps = words.Length > 0 && words.All(w => w.All(char.IsUpper));
            return allCaps ? keyWords[0].Length >= 3 : keyWords[0].Length >= MinSingleWordLetters;
        }

        return true;
    }

    private static bool TextFoldsToAscii(char c)
    {
        var key = GazetteerPhrase.Key(c.ToString());
        return key.Length == 1 && key[0] is >= 'a' and <= 'z';
    }
}
