namespace Classifier.Countries;

/// <summary>Splits text into words: runs of letters and digits, with dotted acronyms ("U.S.", "D.C.") kept
/// whole. The gazetteer's phrases and the articles go through this same scanner, so they always agree on
/// where words begin and end.</summary>
internal ref struct TokenScanner
{
    /// <summary>Longer words are never gazetteer words, so their folded form is not kept.</summary>
    public const int MaxTokenLength = 48;

    // A full stop after one of these does not end a sentence.
    private static readonly WordSet s_abbreviations = new(
        "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gov", "sen", "rep", "gen", "lt", "col", "maj", "sgt", "capt",
        "cmdr", "adm", "prof", "jr", "sr", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "pres", "ald");

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private int _previousEnd;
    private int _previousLength;
    private bool _previousIsAbbreviation;

    public TokenScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _previousEnd = -1;
    }

    /// <summary>Finds the next word. <paramref name="folded"/> receives its folded form; the returned length is
    /// 0 when the word is longer than the buffer.</summary>
    public bool MoveNext(scoped Span<char> folded, out int start, out int end, out int foldedLength, out TokenFlags flags)
    {
        var text = _text;
        while (_position < text.Length && !IsWordChar(text[_position]))
        {
            _position++;
        }

        if (_position >= text.Length)
        {
            start = end = foldedLength = 0;
            flags = TokenFlags.None;
            return false;
        }

        start = _position;
        var length = 0;
        var letters = 0;
        var upper = 0;
        var digits = 0;
        var acronym = IsDottedAcronymAt(text, _position);
        if (acronym)
        {
            // "U.S.A." → "usa": single capitals each followed by a full stop.
            while (_position < text.Length && char.IsUpper(text[_position])
                && (_position + 1 == text.Length || !IsWordChar(text[_position + 1])))
            {
                Append(folded, ref length, text[_position]);
                letters++;
                upper++;
                _position++;
                if (_position < text.Length && text[_position] == '.')
                {
                    _position++;
                }
                else
                {
                    break;
                }
            }
        }
        else
        {
            while (_position < text.Length)
            {
                var c = text[_position];
                if (IsWordChar(c))
                {
                    if (char.IsLetter(c))
                    {
                        letters++;
                        upper += char.IsUpper(c) ? 1 : 0;
                    }
                    else
                    {
                        digits++;
                    }

                    Append(folded, ref length, c);
                }
                else if (!IsCombiningMark(c))
                {
                    break;
                }

                _position++;
            }
        }

        end = _position;
        flags = TokenFlags.None;
        if (char.IsUpper(text[start]))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (upper > 0 && upper == letters && (letters > 1 || digits > 0 || acronym))
        {
            flags |= TokenFlags.AllCaps;
        }

        if (_previousEnd < 0)
        {
            flags |= TokenFlags.SentenceStart;
        }
        else
        {
            flags |= ReadGap(text[_previousEnd..start]);
        }

        foldedLength = length <= folded.Length ? length : 0;
        _previousIsAbbreviation = letters == 1 && !acronym
            || end < text.Length && text[end] == '.' && foldedLength > 0 && s_abbreviations.Contains(folded[..foldedLength]);
        _previousLength = length;
        _previousEnd = end;
        return true;
    }

    /// <summary>The folded form of one already-scanned token; 0 when it does not fit.</summary>
    public static int FoldToken(string text, in Token token, Span<char> buffer)
    {
        var scanner = new TokenScanner(text.AsSpan(token.Start));
        return scanner.MoveNext(buffer, out _, out _, out var length, out _) ? length : 0;
    }

    private readonly TokenFlags ReadGap(ReadOnlySpan<char> gap)
    {
        var joins = true;
        var sentenceStart = false;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            switch (c)
            {
                case ' ' or '\t' or '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '`':
                    break;
                case '.':
                    // "St. Petersburg" and "S. Korea" join; "...Chad. Niger..." does not.
                    joins &= _previousLength <= 3 && _previousIsAbbreviation;
                    sentenceStart |= !_previousIsAbbreviation;
                    break;
                case '!' or '?' or ':' or '\n' or '\r':
                    joins = false;
                    sentenceStart = true;
                    break;
                case '"' or '\u201C' or '\u2018':
                    // Only an opening quote, right before the word, starts a quotation.
                    joins = false;
                    sentenceStart |= i == gap.Length - 1;
                    break;
                default:
                    joins = false;
                    break;
            }
        }

        // A spaced dash separates ("Niger - Nigeria"); only an unspaced hyphen joins ("Guinea-Bissau").
        if (joins && gap.Length > 1 && gap.Contains('-') && (gap.Contains(' ') || gap.Contains('\t')))
        {
            joins = false;
        }

        return (joins ? TokenFlags.JoinsPrevious : TokenFlags.None) | (sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None);
    }

    private static void Append(scoped Span<char> folded, ref int length, char c)
    {
        if (length < folded.Length)
        {
            folded[length] = TextFolding.Fold(c);
        }

        length++;
    }

    private static bool IsDottedAcronymAt(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.' && char.IsUpper(text[i + 2])
        && (i + 3 == text.Length || !IsWordChar(text[i + 3]));

    // Modifier letters such as the okina and ayn (ʻ ʼ ʾ ʿ) behave as apostrophes, not as letters.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && c is < '\u02B0' or > '\u02FF';

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
