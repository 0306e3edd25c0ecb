namespace Classifier.Countries;

/// <summary>One gazetteer phrase found in an article: the words as written, the country they were read as, the zone
/// (<c>title</c>, <c>dateline</c>, <c>lead</c> or <c>body</c>) and the gazetteer kind (name, demonym, capital, …).</summary>
public sealed record CountryPhrase(string Iso3, string Text, string Zone, string Kind);
