namespace Classifier.Explanations;

/// <summary>A detected country: its salience, the region it feeds (the region head's gazetteer evidence and the
/// composer's <c>regions</c>), whether it is listed in <c>countries</c>, and the phrases it was read from.</summary>
public sealed record CountryEvidence(
    string Iso3,
    float Salience,
    string? Region,
    bool Listed,
    IReadOnlyList<PhraseEvidence> Phrases);

/// <summary>Words of the article read as a country, the zone they are in (title, dateline, lead, body) and their
/// gazetteer kind.</summary>
public sealed record PhraseEvidence(string Text, string Zone, string Kind);
