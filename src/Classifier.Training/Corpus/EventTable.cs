using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>The event each authored article reports (<c>data/events.csv</c>, header <c>id,event</c>): articles
/// that retell one event share a key and stay on one side of the train/held-out split. An article not listed is an
/// event of its own (its id). The training contract is unchanged: this is a side table of the authored corpus.</summary>
public sealed class EventTable
{
    public const string RelativePath = "data/events.csv";

    private readonly Dictionary<string, string> _events;

    public EventTable(IReadOnlyDictionary<string, string> events) => _events = new(events, StringComparer.Ordinal);

    public static EventTable Empty { get; } = new(new Dictionary<string, string>());

    public int Count => _events.Count;

    public IReadOnlyDictionary<string, string> Entries => _events;

    public string KeyOf(string id) => _events.GetValueOrDefault(id, id);

    public static EventTable Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "id,event")
        {
            throw new DataValidationException([new DataIssue(new SourceLocation(path, 1), "expected the header 'id,event'")]);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(',');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0 || !events.TryAdd(cells[0], cells[1]))
            {
                throw new DataValidationException([new DataIssue(new SourceLocation(path, i + 1), $"expected 'id,event' with an id listed once, found '{lines[i]}'")]);
            }
        }

        return new EventTable(events);
    }

    /// <summary>Groups twin pairs into events (connected components), keyed by their smallest id, and writes the table.</summary>
    public static EventTable FromTwins(IEnumerable<(string A, string B)> pairs, EventTable existing)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        void Union(string a, string b)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        foreach (var group in existing._events.GroupBy(e => e.Value))
        {
            var first = group.First().Key;
            foreach (var e in group)
            {
                Union(first, e.Key);
            }
        }

        foreach (var (a, b) in pairs)
        {
            Union(a, b);
        }

        return new EventTable(parent.Keys.ToDictionary(id => id, id => $"evt-{Find(id)}", StringComparer.Ordinal));
    }

    public void Save(string path) =>
        File.WriteAllLines(path, ["id,event", .. _events.OrderBy(e => e.Value, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key},{e.Value}")]);
}
