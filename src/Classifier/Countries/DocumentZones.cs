namespace Classifier.Countries;

/// <summary>Finds the dateline and the lead sentence at the start of a body.</summary>
internal static class DocumentZones
{
    // Wire datelines are short: "MOSCOW, Oct 24 (Reuters) -", "DOHA, Qatar (AP) —".
    private const int MaxDatelineChars = 120;

    // A lead sentence longer than this is probably a missing full stop, not a sentence.
    private const int MaxLeadTokens = 60;

    /// <summary>The character index where the body's dateline ends, or 0 when the body has none. A dateline is
    /// an upper-case place name opening the body, followed by a comma, a parenthesis or a dash, and closed by a
    /// dash (or a colon straight after the place).</summary>
    public static int DatelineEnd(string body, ReadOnlySpan<Token> bodyTokens)
    {
        if (bodyTokens.Length == 0 || !bodyTokens[0].Has(TokenFlags.AllCaps) || bodyTokens[0].Start > 3)
        {
            return 0;
        }

        // The run of upper-case words: "NEW DELHI", "LONDON/PARIS", "ST. PETERSBURG".
        var runEnd = bodyTokens[0].End;
        for (var i = 1; i < bodyTokens.Length && bodyTokens[i].Has(TokenFlags.AllCaps) && OnlySeparators(body, runEnd, bodyTokens[i].Start); i++)
        {
            runEnd = bodyTokens[i].End;
        }

        var next = runEnd;
        while (next < body.Length && body[next] == ' ')
        {
            next++;
        }

        if (next >= body.Length)
        {
            return 0;
        }

        if (body[next] == ':')
        {
            return next + 1;
        }

        if (body[next] is not (',' or '(') && !IsDash(body, next))
        {
            return 0;
        }

        var limit = Math.Min(body.Length, MaxDatelineChars);
        for (var i = next; i < limit; i++)
        {
            if (IsDash(body, i))
            {
                var end = i + 1;
                while (end < body.Length && (body[end] == '-' || body[end] == '\u2014' || body[end] == '\u2013'))
                {
                    end++;
                }

                return end;
            }
        }

        return 0;
    }

    /// <summary>Index (into <paramref name="tokens"/>) one past the lead sentence that begins at
    /// <paramref name="leadStart"/>.</summary>
    public static int LeadEnd(ReadOnlySpan<Token> tokens, int leadStart)
    {
        var limit = Math.Min(tokens.Length, leadStart + MaxLeadTokens);
        for (var i = leadStart + 1; i < limit; i++)
        {
            if (tokens[i].Has(TokenFlags.SentenceStart))
            {
                return i;
            }
        }

        return limit;
    }

    // A dash that separates ("MOSCOW -", "WASHINGTON —"), not a hyphen inside a word ("US-China").
    private static bool IsDash(string text, int i) => text[i] switch
    {
        '\u2014' or '\u2013' => true,
        '-' => i > 0 && text[i - 1] == ' ' || i + 1 < text.Length && text[i + 1] == '-',
        _ => false,
    };

    private static bool OnlySeparators(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '/' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
