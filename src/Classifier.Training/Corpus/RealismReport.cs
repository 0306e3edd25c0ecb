using System.Text.RegularExpressions;
using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>How much the authored corpus reads like the news it will meet (issue 12): length, quotes, datelines,
/// agency names, event twins across the train/held-out split and the smallest topic × tone cell. The last three
/// are hard rules; the others are reported.</summary>
public sealed partial record RealismReport(
    int Articles,
    int WordsQ1,
    int WordsMedian,
    int WordsQ3,
    double QuoteShare,
    double DatelineShare,
    IReadOnlyList<string> AgencyMentions,
    IReadOnlyList<string> TwinsAcrossSplit,
    int SmallestCell,
    string SmallestCellName)
{
    public const int MinCell = 10;

    public IEnumerable<string> Problems()
    {
        foreach (var mention in AgencyMentions)
        {
            yield return $"agency name: {mention}";
        }

        foreach (var twin in TwinsAcrossSplit)
        {
            yield return $"event twin across the split: {twin}";
        }
    }

    /// <param name="isHeldOut">Whether an article is on the held-out side.</param>
    public static RealismReport Measure(IReadOnlyList<LabelledArticle> articles, Func<LabelledArticle, bool> isHeldOut, EventTable events)
    {
        var words = articles.Select(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length).Order().ToArray();
        int Quantile(double q) => words.Length == 0 ? 0 : words[(int)Math.Min(words.Length - 1, Math.Floor(q * words.Length))];
        var agencies = articles
            .Select(a => (a, m: Agency().Match($"{a.Title}\n{a.Text}")))
            .Where(x => x.m.Success)
            .Select(x => $"{x.a.Location} ({x.a.Id}): \"{x.m.Value}\"")
            .ToArray();

        var across = new List<string>();
        var bySide = articles.GroupBy(a => events.KeyOf(a.Id)).Where(g => g.Select(isHeldOut).Distinct().Count() > 1);
        across.AddRange(bySide.Select(g => $"event {g.Key} has articles on both sides ({string.Join(", ", g.Select(a => a.Id))})"));
        across.AddRange(EventTwinFinder.Find(articles)
            .Where(t => isHeldOut(t.First) != isHeldOut(t.Second))
            .Select(t => $"{t.First.Id} ~ {t.Second.Id} (content-word Jaccard {t.Jaccard:F2} > {EventTwinFinder.Threshold})"));

        var cells = Labels.Topics.Ids
            .SelectMany(topic => Labels.Tones.Ids.Select(tone => (Name: $"{topic} x {tone}", Count: articles.Count(a => a.Topic == topic && a.Tone == tone))))
            .MinBy(c => c.Count);
        return new RealismReport(
            articles.Count,
            Quantile(0.25),
            Quantile(0.5),
            Quantile(0.75),
            Share(articles, a => Quote().IsMatch(a.Text)),
            Share(articles, a => Dateline().IsMatch(a.Text)),
            agencies,
            across,
            cells.Count,
            cells.Name);
    }

    public override string ToString() =>
        $"words per article: quartiles {WordsQ1} / {WordsMedian} / {WordsQ3}; with a direct quote {QuoteShare:P1}; "
        + $"with a dateline {DatelineShare:P1}; agency names {AgencyMentions.Count}; event twins across the split {TwinsAcrossSplit.Count}; "
        + $"smallest topic x tone cell {SmallestCellName} = {SmallestCell}";

    private static double Share(IReadOnlyList<LabelledArticle> articles, Func<LabelledArticle, bool> test) =>
        articles.Count == 0 ? 0 : articles.Count(test) / (double)articles.Count;

    [GeneratedRegex(@"[""\u201C][^""\u201D]{8,}[""\u201D]")]
    private static partial Regex Quote();

    // "JAKARTA, July 12 -", "GENEVA -", "WASHINGTON, D.C. -".
    [GeneratedRegex(@"^[A-Z][A-Z .'\-]{2,}(?:,\s*[A-Z][A-Za-z.]*\.?\s*\d{0,2})?\s*(?:[-\u2013\u2014]|,)")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\((?:Reuters|AP|AFP|Xinhua|UPI|Bloomberg)\)|\b(?:Reuters|Associated Press|Agence France-Presse|AFP|Xinhua)\b")]
    private static partial Regex Agency();
}
