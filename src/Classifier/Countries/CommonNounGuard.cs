namespace Classifier.Countries;

/// <summary>Drops a one-word country match where its capital letter proves nothing (start of a sentence, a
/// Title Case headline) when the document also uses the same word in lower case: then it is the common noun,
/// as in "Turkey prices rose ... a turkey costs more".</summary>
internal static class CommonNounGuard
{
    public static void Apply(DetectionContext context, IReadOnlyList<PhraseEntry> entries)
    {
        var tokens = context.Tokens.Span;
        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref var match = ref context.Matches[m];
            if (match.Country < 0 || match.WordCount != 1)
            {
                continue;
            }

            ref readonly var token = ref tokens[match.First];

            // An acronym ("US", "UAE") is told from the word by its capitals wherever it stands; for other words
            // capitals prove nothing at a sentence start, in a Title Case headline, or when shouted.
            if (entries[match.Entry].CaseOf(0) == CaseRequirement.AllCaps)
            {
                continue;
            }

            var uninformative = token.Has(TokenFlags.SentenceStart)
                || match.Zone == Zone.Title && context.TitleCaseUninformative
                || token.Has(TokenFlags.AllCaps);
            if (uninformative && UsedInLowerCase(context.LowerCaseStandalone.Span, token))
            {
                match.Country = -1;
            }
        }
    }

    private static bool UsedInLowerCase(ReadOnlySpan<int> lowerCaseWords, in Token word) =>
        word.Id >= 0 && lowerCaseWords.Contains(word.Id) || word.SingularId >= 0 && lowerCaseWords.Contains(word.SingularId);
}
