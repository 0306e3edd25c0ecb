namespace Classifier.Countries;

/// <summary>Turns the surviving matches into ranked <see cref="CountryMention"/>s. A headline mention is the
/// strongest sign of what a story is about; the dateline says where the reporter is, which is often but not
/// always the subject; the lead sentence is a medium sign; repetition adds a little, with diminishing returns,
/// so that a country named in passing many times does not outrank the one in the headline.</summary>
internal sealed class SalienceScorer
{
    private const float TitleWeight = 3f;
    private const float DatelineWeight = 2f;
    private const float LeadWeight = 1.5f;

    private readonly string[] _countries;

    public SalienceScorer(string[] countries) => _countries = countries;

    public IReadOnlyList<CountryMention> Score(DetectionContext context, IReadOnlyList<PhraseEntry> entries, ScoreSheet sheet)
    {
        sheet.Reset(_countries.Length);
        for (var m = 0; m < context.Matches.Count; m++)
        {
            ref readonly var match = ref context.Matches[m];
            if (match.Country >= 0)
            {
                sheet.Add(match.Country, match.Zone, KindWeight(entries[match.Entry].Kind), m);
            }
        }

        var touched = sheet.Touched;
        if (touched.Length == 0)
        {
            return [];
        }

        var best = 0f;
        foreach (var country in touched)
        {
            var score = TitleWeight * sheet.Title[country] + DatelineWeight * sheet.Dateline[country]
                + LeadWeight * sheet.Lead[country] + MathF.Log(1f + sheet.Weighted[country]);
            sheet.Score[country] = score;
            best = Math.Max(best, score);
        }

        SortBySalience(touched, sheet);
        var result = new CountryMention[touched.Length];
        for (var i = 0; i < touched.Length; i++)
        {
            var country = touched[i];
            result[i] = new CountryMention(_countries[country], sheet.Score[country] / best, sheet.Mentions[country]);
        }

        return result;
    }

    // Demonyms often qualify a thing rather than place the story ("Russian-made drones hit Kyiv"), and
    // metonyms and institutions often report a reaction ("Washington said it was concerned").
    private static float KindWeight(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Demonym => 0.7f,
        GazetteerKind.Metonym => 0.8f,
        GazetteerKind.Institution => 0.9f,
        _ => 1f,
    };

    // Few countries per article: an insertion sort needs no comparer allocation. Ties go to more mentions,
    // then to the earlier first mention, so the order is deterministic.
    private static void SortBySalience(Span<int> countries, ScoreSheet sheet)
    {
        for (var i = 1; i < countries.Length; i++)
        {
            var current = countries[i];
            var j = i - 1;
            while (j >= 0 && Precedes(current, countries[j], sheet))
            {
                countries[j + 1] = countries[j];
                j--;
            }

            countries[j + 1] = current;
        }
    }

    private static bool Precedes(int a, int b, ScoreSheet sheet) =>
        sheet.Score[a] != sheet.Score[b] ? sheet.Score[a] > sheet.Score[b]
        : sheet.Mentions[a] != sheet.Mentions[b] ? sheet.Mentions[a] > sheet.Mentions[b]
        : sheet.FirstMatch[a] < sheet.FirstMatch[b];
}
