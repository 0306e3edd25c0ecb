namespace Classifier.Training.Importers;

/// <summary>How many records an import left out, per reason, in the order the reasons first came up.</summary>
public sealed class ImportSkips
{
    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public IEnumerable<KeyValuePair<string, int>> ByReason => _reasons.Select(r => KeyValuePair.Create(r, _counts[r]));

    public void Add(string reason)
    {
        if (!_counts.TryAdd(reason, 1))
        {
            _counts[reason]++;
        }
        else
        {
            _reasons.Add(reason);
        }

        Total++;
    }

    /// <summary>E.g. <c>3: 2 duplicate_of set, 1 no BODY</c>, or <c>0</c>.</summary>
    public override string ToString() =>
        Total == 0 ? "0" : $"{Total}: {string.Join(", ", ByReason.Select(kv => $"{kv.Value} {kv.Key}"))}";
}
