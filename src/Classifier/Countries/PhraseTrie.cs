namespace Classifier.Countries;

/// <summary>Gazetteer phrases as paths of word ids. Edges live in one dictionary keyed by (node, word), which
/// is smaller and faster than a dictionary per node for a few thousand short phrases.</summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _entryAt = [-1];

    /// <summary>Adds a path ending in <paramref name="entryIndex"/>. An existing entry on the same path is kept
    /// unless <paramref name="replace"/>; returns whether the new entry was stored.</summary>
    public bool Add(IReadOnlyList<int> wordIds, int entryIndex, bool replace)
    {
        var node = 0;
        foreach (var wordId in wordIds)
        {
            if (!TryStep(node, wordId, out var child))
            {
                child = _entryAt.Count;
                _entryAt.Add(-1);
                _edges.Add(Key(node, wordId), child);
            }

            node = child;
        }

        if (_entryAt[node] >= 0 && !replace)
        {
            return false;
        }

        _entryAt[node] = entryIndex;
        return true;
    }

    public bool TryStep(int node, int wordId, out int child) => _edges.TryGetValue(Key(node, wordId), out child);

    /// <summary>The entry a path ends in, or -1 when the node only continues longer phrases.</summary>
    public int EntryAt(int node) => _entryAt[node];

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
