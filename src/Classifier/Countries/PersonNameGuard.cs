namespace Classifier.Countries;

/// <summary>"Jordan" and "Chad" are also common given names and surnames ("Michael Jordan", "Chad Smith").
/// A match is a person when a capitalised non-place word sits right before it (a first name) or right after
/// it (a surname); once a document uses the word as a name, its other bare uses are the same person ("Jordan
/// said") unless a place preposition introduces them ("flew to Jordan").</summary>
internal sealed class PersonNameGuard
{
    // Capitalised words that can precede the country in running text without being a first name.
    private static readonly WordSet s_notFirstNames = new(
        "in", "to", "from", "of", "the", "and", "or", "with", "for", "by", "at", "on", "into", "across", "near", "via",
        "inside", "outside", "toward", "towards", "between", "about", "over", "against", "lake", "king", "queen",
        "kingdom", "hashemite", "republic", "northern", "southern", "eastern", "western", "central", "north",
        "south", "east", "west", "upper", "lower", "neighbouring", "neighboring", "neighbour", "neighbor", "visit",
        "visits", "visited", "visiting", "both", "like", "including", "than", "while", "as", "after", "before",
        "but", "if", "when", "where", "neither", "nor", "also", "then", "since", "unlike", "rural", "greater",
        "war", "torn", "landlocked", "oil", "rich", "poor", "what", "why", "how", "is", "was",
        "are", "were", "has", "have", "had", "will", "would", "can", "could", "does", "did", "said", "says", "told");

    // Capitalised words that can follow the country without being a surname.
    private static readonly WordSet s_notSurnames = new(
        "river", "valley", "basin", "rift", "lake", "airways", "airlines", "air", "government", "president",
        "presidential", "prime", "premier", "minister", "ministry", "foreign", "king", "queen", "crown", "army",
        "armed", "police", "national", "football", "team", "squad", "embassy", "times", "post", "news", "bank",
        "central", "capital", "border", "red", "interior", "defence", "defense", "health", "finance", "parliament",
        "senate", "state", "security", "military", "forces", "troops", "officials", "authorities", "opposition",
        "rebels", "refugees", "camp", "camps", "cup", "league", "federation", "airport", "junta", "election",
        "elections", "economy", "protests", "protesters", "court", "supreme", "constitutional", "electoral",
        "commission", "agency", "telecom", "petroleum", "oil", "gas", "mining", "stock", "exchange", "gdp", "u",
        "fc", "united", "city", "coach", "players", "ambassador", "envoy", "delegation", "talks", "summit");

    // Words that put a place after them: "flew to Jordan", "neighbouring Chad".
    private static readonly WordSet s_placeIntroducers = new(
        "in", "to", "from", "into", "across", "visit", "visits", "visited", "visiting", "neighbouring", "neighboring",
        "bordering", "toward", "towards", "inside", "via", "of");

    private readonly bool[] _nameProne;

    public PersonNameGuard(IReadOnlyList<PhraseEntry> entries, IReadOnlyList<string> proneKeys)
    {
        _nameProne = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            _nameProne[i] = proneKeys.Contains(GazetteerPhrase.Key(entries[i].Phrase));
        }
    }

    public void Apply(DetectionContext context)
    {
        Span<int> personEntries = stackalloc int[4];
        var personCount = 0;
        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref var match = ref context.Matches[m];
            if (match.Country >= 0 && _nameProne[match.Entry] && LooksLikePerson(context, match))
            {
                match.Country = -1;
                if (personCount < personEntries.Length && !personEntries[..personCount].Contains(match.Entry))
                {
                    personEntries[personCount++] = match.Entry;
                }
            }
        }

        if (personCount == 0)
        {
            return;
        }

        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref var match = ref context.Matches[m];
            if (match.Country >= 0 && personEntries[..personCount].Contains(match.Entry)
                && !context.WordIs(match.First - 1, s_placeIntroducers))
            {
                match.Country = -1;
            }
        }
    }

    private static bool LooksLikePerson(DetectionContext context, in PhraseMatch match)
    {
        var tokens = context.Tokens.Span;
        var before = match.First - 1;
        if (context.AreAdjacentWords(before, match.First)
            && IsNameLike(tokens[before])
            && !context.WordIs(before, s_notFirstNames)
            && !IsInsideMatch(context, before))
        {
            return true;
        }

        // A Title Case headline capitalises every word, so a capital after the match proves nothing there.
        var after = match.Last + 1;
        return !(match.Zone == Zone.Title && context.TitleCaseUninformative)
            && context.AreAdjacentWords(match.Last, after)
            && IsNameLike(tokens[after])
            && !context.WordIs(after, s_notSurnames)
            && !IsInsideMatch(context, after);
    }

    private static bool IsNameLike(in Token token) => token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllCaps);

    private static bool IsInsideMatch(DetectionContext context, int token)
    {
        foreach (ref readonly var match in context.Matches.Span)
        {
            if (token >= match.First && token <= match.Last)
            {
                return true;
            }
        }

        return false;
    }
}
