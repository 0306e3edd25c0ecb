namespace Classifier.Countries;

/// <summary>A country an article concerns. <see cref="Salience"/> is in (0, 1]: 1 for the country the story is
/// most about; <see cref="Mentions"/> counts the matched phrases.</summary>
public sealed record CountryMention(string Iso3, float Salience, int Mentions);
