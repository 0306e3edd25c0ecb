namespace Classifier.Countries;

// TEMPORARY STUB while the gazetteer-backed detector is being written (see issue 4); replaced wholesale.
public sealed class CountryDetector
{
    public static CountryDetector Default { get; } = new();

    public IReadOnlyList<CountryMention> Detect(string title, string text) => [];
}
