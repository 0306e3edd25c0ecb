namespace Classifier.Training.Pipelines;

/// <summary>A seeded, stratified split: each class gives the same share of its rows to the held-out part.</summary>
public static class StratifiedSplitter
{
    public static (int[] Train, int[] Held) Split(IReadOnlyList<int> labels, double heldFraction, int seed)
    {
        if (heldFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(heldFraction), heldFraction, "must be between 0 and 1");
        }

        var random = new Random(seed);
        var train = new List<int>();
        var held = new List<int>();
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            // A class with a single row cannot be both learned and checked; it trains.
            var take = members.Length < 2 ? 0 : Math.Max(1, (int)Math.Round(members.Length * heldFraction));
            held.AddRange(members.Take(take));
            train.AddRange(members.Skip(take));
        }

        train.Sort();
        held.Sort();
        return (train.ToArray(), held.ToArray());
    }
}
