namespace Classifier.Countries;

internal enum CaseRequirement : byte
{
    Any = 0,
    Capitalized = 1,
    AllCaps = 2,
}

/// <summary>A gazetteer phrase ready for matching: its country and, per word, the capitalisation the text must
/// show. Capitals carry meaning in news text: "Turkey" is a country and "turkey" a bird, "US" a country and
/// "us" a pronoun.</summary>
internal sealed class PhraseEntry
{
    // Connecting words match in any case: "Republic of the Congo", "Dar es Salaam", "al-Hudaydah".
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "de", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al", "y", "e",
        "d", "l", "et", "ng", "van", "der", "den", "von", "bin", "ibn", "ad", "an", "as", "ar", "ash", "at", "az",
        "ul", "i", "es", "upon", "on", "sur", "del", "di", "u",
    };

    private readonly CaseRequirement[] _case;

    private PhraseEntry(int country, GazetteerKind kind, string phrase, CaseRequirement[] caseRequirements)
    {
        Country = country;
        Kind = kind;
        Phrase = phrase;
        _case = caseRequirements;
    }

    /// <summary>Index of the country; -1 for a phrase that names no country and only hides its words from
    /// shorter phrases ("Indian Ocean").</summary>
    public int Country { get; }

    public GazetteerKind Kind { get; }

    public string Phrase { get; }

    public int WordCount => _case.Length;

    public CaseRequirement CaseOf(int word) => _case[word];

    public static PhraseEntry Create(int country, GazetteerKind kind, string phrase, IReadOnlyList<PhraseToken> tokens)
    {
        var requirements = new CaseRequirement[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var flags = tokens[i].Flags;
            requirements[i] = s_particles.Contains(tokens[i].Folded) ? CaseRequirement.Any
                : (flags & TokenFlags.AllCaps) != 0 ? CaseRequirement.AllCaps
                : (flags & TokenFlags.Capitalized) != 0 ? CaseRequirement.Capitalized
                : CaseRequirement.Any;
        }

        return new PhraseEntry(country, kind, phrase, requirements);
    }

    /// <summary>Whether the text's words starting at <paramref name="first"/> are capitalised as this phrase
    /// needs.</summary>
    public bool AcceptsCase(ReadOnlySpan<Token> tokens, int first)
    {
        for (var i = 0; i < _case.Length; i++)
        {
            var flags = tokens[first + i].Flags;
            var ok = _case[i] switch
            {
                CaseRequirement.Capitalized => (flags & (TokenFlags.Capitalized | TokenFlags.AllCaps)) != 0,
                CaseRequirement.AllCaps => (flags & TokenFlags.AllCaps) != 0,
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
