namespace Classifier.Countries;

/// <summary>Bare "Congo" and "Congolese" mean the Democratic Republic of the Congo, as in most news, unless
/// the document names only the Republic of the Congo's places (Brazzaville, Pointe-Noire, "Republic of
/// Congo") and none of the DRC's.</summary>
internal sealed class CongoResolver
{
    private readonly int[] _entries;
    private readonly int _democraticRepublic;
    private readonly int _republic;

    public CongoResolver(int[] bareCongoEntries, int democraticRepublic, int republic)
    {
        _entries = bareCongoEntries;
        _democraticRepublic = democraticRepublic;
        _republic = republic;
    }

    public void Apply(DetectionContext context)
    {
        if (_entries.Length == 0 || _democraticRepublic < 0 || _republic < 0)
        {
            return;
        }

        bool? meansRepublic = null;
        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref var match = ref context.Matches[m];
            if (match.Country != _democraticRepublic || !_entries.AsSpan().Contains(match.Entry))
            {
                continue;
            }

            meansRepublic ??= context.HasOtherMatch(_republic, _entries) && !context.HasOtherMatch(_democraticRepublic, _entries);
            if (meansRepublic.Value)
            {
                match.Country = _republic;
            }
        }
    }
}
