namespace Classifier.Countries;

/// <summary>Runs the <see cref="TokenScanner"/> over an article (into a reused buffer, with vocabulary ids)
/// or over a gazetteer phrase (into folded strings).</summary>
internal static class Tokenizer
{
    /// <summary>Appends the text's tokens. Words that are a gazetteer phrase by themselves but appear here in
    /// lower case ("turkey") go to <paramref name="lowerCaseStandalone"/> for <see cref="CommonNounGuard"/>.</summary>
    public static void Tokenize(string text, Vocabulary vocabulary, PooledList<Token> tokens, PooledList<int> lowerCaseStandalone)
    {
        Span<char> folded = stackalloc char[TokenScanner.MaxTokenLength];
        var scanner = new TokenScanner(text);
        while (scanner.MoveNext(folded, out var start, out var end, out var length, out var flags))
        {
            var id = length > 0 ? vocabulary.Find(folded[..length]) : -1;

            // Plural demonyms ("Qataris", "Turks") are capitalised; looking up every lower-case plural would
            // double the work for nothing.
            var singular = length > 3 && folded[length - 1] == 's' && (flags & TokenFlags.Capitalized) != 0
                ? vocabulary.Find(folded[..(length - 1)])
                : -1;
            tokens.Add(new Token { Start = start, End = end, Id = id, SingularId = singular, Flags = flags });
            if ((flags & TokenFlags.Capitalized) == 0 && vocabulary.IsStandalone(id))
            {
                lowerCaseStandalone.Add(id);
            }
        }
    }

    public static List<PhraseToken> TokenizePhrase(string phrase)
    {
        var tokens = new List<PhraseToken>();
        Span<char> folded = stackalloc char[TokenScanner.MaxTokenLength];
        var scanner = new TokenScanner(phrase);
        while (scanner.MoveNext(folded, out _, out _, out var length, out var flags))
        {
            if (length == 0)
            {
                throw new ArgumentException($"'{phrase}' has a word longer than {TokenScanner.MaxTokenLength} characters.", nameof(phrase));
            }

            tokens.Add(new PhraseToken(new string(folded[..length]), flags));
        }

        return tokens;
    }
}
