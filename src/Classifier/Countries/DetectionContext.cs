namespace Classifier.Countries;

/// <summary>The working state of one <see cref="CountryDetector.Detect"/> call: the tokens of headline and
/// body, the phrases found, and the context rules' view of them. One instance per thread is reused.</summary>
internal sealed class DetectionContext
{
    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public PooledList<Token> Tokens { get; } = new();

    public PooledList<PhraseMatch> Matches { get; } = new();

    /// <summary>Ids of one-word phrases that the document also writes in lower case.</summary>
    public PooledList<int> LowerCaseStandalone { get; } = new();

    /// <summary>Tokens [0, TitleCount) are the headline's; the rest are the body's.</summary>
    public int TitleCount { get; private set; }

    /// <summary>The headline is in Title Case or capitals, so its capitals say nothing about proper nouns.</summary>
    public bool TitleCaseUninformative { get; private set; }

    public void Reset(string title, string body, Vocabulary vocabulary)
    {
        Title = title;
        Body = body;
        Tokens.Clear();
        Matches.Clear();
        LowerCaseStandalone.Clear();
        Tokenizer.Tokenize(title, vocabulary, Tokens, LowerCaseStandalone);
        TitleCount = Tokens.Count;
        Tokenizer.Tokenize(body, vocabulary, Tokens, LowerCaseStandalone);
        TitleCaseUninformative = IsTitleCased(Tokens.Span[..TitleCount]);
    }

    public string TextOf(int token) => token < TitleCount ? Title : Body;

    /// <summary>Whether the tokens are neighbours in the same text with only spaces between them, as the
    /// words of one name are ("Michael Jordan").</summary>
    public bool AreAdjacentWords(int left, int right)
    {
        if (left < 0 || right >= Tokens.Count || left + 1 != right || (left < TitleCount) != (right < TitleCount))
        {
            return false;
        }

        var text = TextOf(left);
        for (var i = Tokens[left].End; i < Tokens[right].Start; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only the given separator (and spaces) stands between two neighbouring tokens.</summary>
    public bool IsSeparatedBy(int left, int right, char separator)
    {
        if (left < 0 || right >= Tokens.Count || left + 1 != right || (left < TitleCount) != (right < TitleCount))
        {
            return false;
        }

        var text = TextOf(left);
        var seen = false;
        for (var i = Tokens[left].End; i < Tokens[right].Start; i++)
        {
            if (text[i] == separator && !seen)
            {
                seen = true;
            }
            else if (text[i] != ' ')
            {
                return false;
            }
        }

        return seen;
    }

    public bool WordIs(int token, WordSet words) => token >= 0 && token < Tokens.Count && words.Contains(TextOf(token), Tokens[token]);

    /// <summary>Whether any word of the document is in <paramref name="words"/>.</summary>
    public bool AnyWordIn(WordSet words)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (WordIs(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some live match other than those of <paramref name="excludedEntries"/> points at
    /// <paramref name="country"/>.</summary>
    public bool HasOtherMatch(int country, ReadOnlySpan<int> excludedEntries)
    {
        foreach (ref readonly var match in Matches.Span)
        {
            if (match.Country == country && !excludedEntries.Contains(match.Entry))
            {
                return true;
            }
        }

        return false;
    }

    // Four or more long words, nearly all capitalised: "Turkey Prices Soar Before Thanksgiving".
    private static bool IsTitleCased(ReadOnlySpan<Token> title)
    {
        var words = 0;
        var capitalised = 0;
        foreach (ref readonly var token in title)
        {
            if (token.End - token.Start >= 4)
            {
                words++;
                capitalised += token.Has(TokenFlags.Capitalized) ? 1 : 0;
            }
        }

        return words >= 3 && capitalised >= words * 0.8;
    }
}
