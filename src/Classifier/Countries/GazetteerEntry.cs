namespace Classifier.Countries;

/// <summary>One row of the gazetteer: <paramref name="Phrase"/> (in its natural case, which matters for
/// matching) names or points at the country <paramref name="Iso3"/>.</summary>
public sealed record GazetteerEntry(string Iso3, GazetteerKind Kind, string Phrase);
