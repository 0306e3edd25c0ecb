namespace Classifier.Countries;

/// <summary>How the detector sees a phrase. The gazetteer builder uses this to de-duplicate, so that two
/// phrases the detector cannot tell apart ("Cote d'Ivoire", "Côte d’Ivoire") become one row.</summary>
public static class GazetteerPhrase
{
    /// <summary>The folded words joined by single spaces: "Côte d'Ivoire" → "cote d ivoire"; "" when the
    /// phrase has no words.</summary>
    public static string Key(string phrase) => string.Join(' ', Tokenizer.TokenizePhrase(phrase).Select(t => t.Folded));

    /// <summary>The number of words the detector sees in the phrase.</summary>
    public static int WordCount(string phrase) => Tokenizer.TokenizePhrase(phrase).Count;
}
