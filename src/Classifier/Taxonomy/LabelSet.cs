namespace Classifier.Taxonomy;

/// <summary>An ordered, closed set of label ids. The order is part of the model contract: score vectors are
/// indexed by it.</summary>
public sealed class LabelSet
{
    private readonly Dictionary<string, int> _index;

    public LabelSet(string name, IEnumerable<string> ids)
    {
        Name = name;
        Ids = ids.ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Ids.Count; i++)
        {
            if (!_index.TryAdd(Ids[i], i))
            {
                throw new ArgumentException($"Label '{Ids[i]}' is listed twice in {name}.", nameof(ids));
            }
        }
    }

    /// <summary>What the labels are, e.g. "topic"; used in error messages.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Ids { get; }

    public int Count => Ids.Count;

    public bool Contains(string id) => _index.ContainsKey(id);

    /// <summary>The position of <paramref name="id"/>, or -1 when it is not a label of this set.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    public string this[int index] => Ids[index];
}
