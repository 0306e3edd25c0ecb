namespace Classifier.Countries;

/// <summary>A word of a gazetteer phrase: its folded form and how it was capitalised in the gazetteer.</summary>
internal readonly record struct PhraseToken(string Folded, TokenFlags Flags);
