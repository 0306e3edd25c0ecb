namespace Classifier.Countries;

/// <summary>Numbers the folded words that occur in gazetteer phrases, so the phrase trie walks on integers and
/// an article's words are looked up from spans without allocating strings.</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<bool> _standalone = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    public int GetOrAdd(string folded)
    {
        if (!_ids.TryGetValue(folded, out var id))
        {
            id = _ids.Count;
            _ids.Add(folded, id);
            _standalone.Add(false);
        }

        return id;
    }

    /// <summary>Records that the word is a whole phrase by itself ("Turkey"), not only part of one.</summary>
    public void MarkStandalone(int id) => _standalone[id] = true;

    public bool IsStandalone(int id) => id >= 0 && _standalone[id];

    public int Find(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;
}
