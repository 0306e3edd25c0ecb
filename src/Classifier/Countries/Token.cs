namespace Classifier.Countries;

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1,

    /// <summary>Every letter is upper case: an acronym ("UAE", "U.S.") or a shouted headline word.</summary>
    AllCaps = 2,

    /// <summary>Only spaces, hyphens, apostrophes or an abbreviation's full stop separate this token from the
    /// previous one, so a phrase may run across the gap ("Guinea-Bissau", "St. Petersburg") but not across a
    /// comma or a sentence end.</summary>
    JoinsPrevious = 4,

    /// <summary>The token opens the text, a sentence or a quotation, where a capital letter says nothing about
    /// whether the word is a proper noun.</summary>
    SentenceStart = 8,
}

/// <summary>A word of the text: where it is, its case, and the vocabulary id of its folded form.</summary>
internal struct Token
{
    public int Start;
    public int End;

    /// <summary>Vocabulary id of the folded form; -1 when no gazetteer phrase uses the word.</summary>
    public int Id;

    /// <summary>Vocabulary id of the folded form less a final "s" ("Qataris" → "qatari"); -1 when none.</summary>
    public int SingularId;

    public TokenFlags Flags;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
