namespace Classifier.Training.Gazetteer;

/// <summary>One entry of a Phoenix/TABARI actor dictionary: a head phrase, its "+" synonyms in file order,
/// and the country it currently codes to.</summary>
internal sealed record PhoenixActor(string Head, IReadOnlyList<string> Synonyms, string Iso3);
