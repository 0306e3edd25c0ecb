namespace Classifier.Training.Corpus;

/// <summary>Pairs of sets whose Jaccard overlap passes a threshold, found through an inverted index: only pairs that
/// share an element are ever compared.</summary>
internal static class SetOverlap
{
    /// <param name="maxPosting">Elements in more sets than this are ignored (too common to mark a pair).</param>
    public static IEnumerable<(int First, int Second, double Jaccard)> PairsAbove<T>(IReadOnlyList<HashSet<T>> sets, double threshold, int maxPosting = int.MaxValue)
        where T : notnull
    {
        var postings = new Dictionary<T, List<int>>();
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var element in sets[i])
            {
                if (!postings.TryGetValue(element, out var list))
                {
                    postings[element] = list = [];
                }

                list.Add(i);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in postings.Values.Where(l => l.Count <= maxPosting))
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

        foreach (var ((a, b), common) in shared)
        {
            var union = sets[a].Count + sets[b].Count - common;
            var jaccard = union == 0 ? 0 : (double)common / union;
            if (jaccard > threshold)
            {
                yield return (a, b, jaccard);
            }
        }
    }
}
