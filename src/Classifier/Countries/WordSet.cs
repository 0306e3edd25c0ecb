namespace Classifier.Countries;

/// <summary>A small set of folded words that can be probed with a span, so rules can test a token's text
/// without allocating a string.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        var set = new HashSet<string>(words.Length, StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(word);
        }

        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> folded) => _lookup.Contains(folded);

    /// <summary>Whether the token's folded text is in the set.</summary>
    public bool Contains(string text, in Token token)
    {
        Span<char> buffer = stackalloc char[TokenScanner.MaxTokenLength];
        var length = TokenScanner.FoldToken(text, token, buffer);
        return length > 0 && _lookup.Contains(buffer[..length]);
    }
}
