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
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < shingles.Length; i++)
        {
            foreach (var s in shingles[i])
            {
                if (!postings.TryGetValue(s, out var list))
                {
                    postings[s] = list = [];
                }

                list.Add(i);
            }
        }

        // Only pairs that share a shingle can exceed the threshold: count shared shingles per pair.
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values)
        {
            for (var x = 0; x < list.Count; x++)
            {
                for (var y = x + 1; y < list.Count; y++)
                {
                    var key = (list[x], list[y]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var pairs = new List<Pair>();
        foreach (var ((a, b), common) in shared)
        {
            var union = shingles[a].Count + shingles[b].Count - common;
            var jaccard = union == 0 ? 0 : (double)common / union;
            if (jaccard > threshold)
            {
                pairs.Add(new Pair(articles[a].Id, articles[b].Id, jaccard));
            }
        }

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
