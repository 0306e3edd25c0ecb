namespace Classifier.Training.Corpus;

/// <summary>Lower-case word tokens (letters, digits, apostrophes), the unit of the shingle and leak checks.</summary>
public static class WordTokens
{
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>Hashes of every run of <paramref name="n"/> consecutive tokens (stable across runs).</summary>
    public static IEnumerable<ulong> NgramHashes(IReadOnlyList<string> tokens, int n)
    {
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = i; k < i + n; k++)
            {
                foreach (var c in tokens[k])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            yield return hash;
        }
    }
}
