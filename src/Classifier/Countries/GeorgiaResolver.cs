namespace Classifier.Countries;

/// <summary>"Georgia" (and "Georgian") is the Caucasus country unless the text is about the US state: a local
/// cue ("state of Georgia", "Atlanta, Georgia", "Georgia Gov.", "Georgia Republicans") decides one mention; a
/// document about Tbilisi stays with the country; otherwise US-state cues (Atlanta, Peach State, Fulton County,
/// governors' and senators' names) move every mention to the United States.</summary>
internal sealed class GeorgiaResolver
{
    private static readonly WordSet s_stateWordsAfter = new(
        "state", "gov", "governor", "governors", "tech", "bulldogs", "republican", "republicans", "democrat",
        "democrats", "democratic", "gop", "senate", "senator", "senators", "legislature", "county", "counties",
        "peach", "secretary", "attorney", "supreme", "bureau", "general", "power", "southern", "aquarium", "dome",
        "ga", "congressman", "congresswoman", "sheriff", "statehouse");

    private static readonly WordSet s_stateWordsBeforeOf = new("state", "university", "governor", "gov", "senator");

    private static readonly WordSet s_usCities = new(
        "atlanta", "savannah", "augusta", "macon", "athens", "columbus", "marietta", "valdosta", "albany", "alpharetta");

    private static readonly WordSet s_countryCues = new(
        "tbilisi", "abkhazia", "abkhaz", "ossetia", "caucasus", "caucasian", "kobakhidze", "saakashvili",
        "ivanishvili", "zourabichvili", "garibashvili", "batumi", "kutaisi", "lari", "sakartvelo");

    private static readonly WordSet s_stateCues = new(
        "atlanta", "savannah", "fulton", "gwinnett", "cobb", "dekalb", "kemp", "raffensperger", "warnock", "ossoff",
        "peach", "gop", "republican", "republicans", "democrat", "democrats", "gubernatorial", "gov", "congressman",
        "congresswoman", "statehouse");

    private static readonly WordSet s_of = new("of");

    private readonly int[] _entries;
    private readonly int _georgia;
    private readonly int _unitedStates;

    public GeorgiaResolver(int[] georgiaEntries, int georgia, int unitedStates)
    {
        _entries = georgiaEntries;
        _georgia = georgia;
        _unitedStates = unitedStates;
    }

    public void Apply(DetectionContext context)
    {
        if (_entries.Length == 0 || _georgia < 0 || _unitedStates < 0)
        {
            return;
        }

        bool? documentIsState = null;
        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref var match = ref context.Matches[m];
            if (match.Country != _georgia || !_entries.AsSpan().Contains(match.Entry))
            {
                continue;
            }

            documentIsState ??= !HasCountryCue(context) && context.AnyWordIn(s_stateCues);
            if (documentIsState.Value || HasLocalStateCue(context, match))
            {
                match.Country = _unitedStates;
            }
        }
    }

    private bool HasCountryCue(DetectionContext context) =>
        context.HasOtherMatch(_georgia, _entries) || context.AnyWordIn(s_countryCues);

    private static bool HasLocalStateCue(DetectionContext context, in PhraseMatch match)
    {
        var before = match.First - 1;
        if (context.WordIs(before, s_of) && context.WordIs(before - 1, s_stateWordsBeforeOf))
        {
            return true;
        }

        if (context.IsSeparatedBy(before, match.First, ',') && context.WordIs(before, s_usCities))
        {
            return true;
        }

        // Skip a possessive "s": "Georgia's governor". A comma breaks the link: "Georgia, state media said".
        var after = match.Last + 1;
        if (after < context.Tokens.Count && context.Tokens[after].End - context.Tokens[after].Start == 1
            && context.TextOf(after)[context.Tokens[after].Start] is 's' or 'S'
            && context.Tokens[after].Has(TokenFlags.JoinsPrevious))
        {
            after++;
        }

        return context.AreAdjacentWords(after - 1, after) && context.WordIs(after, s_stateWordsAfter);
    }
}
