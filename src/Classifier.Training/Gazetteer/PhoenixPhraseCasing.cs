namespace Classifier.Training.Gazetteer;

/// <summary>Phoenix phrases are upper case with underscores ("COTE_D'IVOIRE_"); the detector reads capitals
/// as meaning, so they are rewritten in the case of running text ("Cote d'Ivoire").</summary>
internal static class PhoenixPhraseCasing
{
    private static readonly HashSet<string> s_lowerCaseWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "de", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "y", "e",
        "et", "i", "es", "on", "upon", "an", "ng", "van", "der", "den", "von", "bin", "ibn", "sur", "del", "di",
        "d", "l",
    };

    /// <summary>"UNITED_STATES_OF_AMERICA_" → "United States of America"; "" for an empty phrase.</summary>
    public static string ToRunningText(string phoenixPhrase)
    {
        var words = phoenixPhrase.Replace('_', ' ').Trim(' ', '-').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(words.Length);
        for (var w = 0; w < words.Length; w++)
        {
            result.Add(IsDottedAcronym(words[w]) ? words[w] : CaseWord(words[w], first: w == 0));
        }

        return string.Join(' ', result);
    }

    // "N'DJAMENA" → "N'Djamena", "D'IVOIRE" → "d'Ivoire", "MAZAR-I-SHARIF" → "Mazar-i-Sharif", "S.KOREA" → "S.Korea".
    private static string CaseWord(string word, bool first)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        var segmentStart = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] is not ('-' or '\'' or '.'))
            {
                continue;
            }

            var segment = new string(chars, segmentStart, i - segmentStart);

            // After an apostrophe only an elided article's word is capitalised ("N'Djamena", "d'Ivoire"),
            // not an Arabic or English ending ("Ma'rib", "Cox's").
            var afterApostrophe = segmentStart > 0 && chars[segmentStart - 1] == '\'';
            var elided = afterApostrophe && (segmentStart <= 2 || !char.IsLetter(chars[segmentStart - 3]));
            var keepLower = s_lowerCaseWords.Contains(segment) && !(first && segmentStart == 0) || afterApostrophe && !elided;
            if (segment.Length > 0 && !keepLower)
            {
                chars[segmentStart] = char.ToUpperInvariant(chars[segmentStart]);
            }

            segmentStart = i + 1;
        }

        return new string(chars);
    }

    private static bool IsDottedAcronym(string word) =>
        word.Length >= 4 && word.EndsWith('.') && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1);
}
