using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>Finds pairs of articles whose word-5-gram shingle sets overlap by more than a Jaccard threshold.</summary>
public static class NearDuplicateFinder
{
    public const int ShingleLength = 5;

    public sealed record Pair(string First, string Second, double Jaccard);

    public static IReadOnlyList<Pair> Find(IReadOnlyList<LabelledArticle> articles, double threshold)
    {
        var shingles = articles
            .Select(a => WordTokens.NgramHashes(WordTokens.Of($"{a.Title} {a.Text}"), ShingleLength).ToHashSet())
            .ToArray();
        var pairs = SetOverlap.PairsAbove(shingles, threshold).Select(p => new Pair(articles[p.First].Id, articles[p.Second].Id, p.Jaccard));
        return pairs.OrderByDescending(p => p.Jaccard).ToArray();
    }

    /// <summary>The most common first <paramref name="words"/> words of article bodies, for spotting formula.</summary>
    public static IReadOnlyList<(string Opening, int Count)> RepeatedOpenings(IReadOnlyList<LabelledArticle> articles, int words, int top) =>
        articles
            .Select(a => string.Join(' ', WordTokens.Of(a.Text).Take(words)))
            .GroupBy(o => o)
            .Select(g => (g.Key, g.Count()))
            .Where(x => x.Item2 > 1)
            .OrderByDescending(x => x.Item2)
            .Take(top)
            .ToArray();
}
