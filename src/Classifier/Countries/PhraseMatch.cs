namespace Classifier.Countries;

/// <summary>Where a phrase is read from. Headline and dateline say what a story is about; the lead sentence
/// says it less surely; the rest of the body only counts.</summary>
internal enum Zone : byte
{
    Title,
    Dateline,
    Lead,
    Body,
}

/// <summary>A gazetteer phrase found in the text. <see cref="Country"/> starts as the phrase's country and
/// may be changed by a context rule, or set to -1 when a rule decides the words are not a country.</summary>
internal struct PhraseMatch
{
    public int First;
    public int WordCount;
    public int Entry;
    public int Country;
    public Zone Zone;

    public readonly int Last => First + WordCount - 1;
}
