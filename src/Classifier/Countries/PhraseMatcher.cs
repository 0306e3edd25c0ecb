namespace Classifier.Countries;

/// <summary>Finds gazetteer phrases in a run of tokens, left to right, taking the longest phrase at each
/// position so that "Papua New Guinea" is not read as "Guinea" and "Indian Ocean" not as "Indian".</summary>
internal sealed class PhraseMatcher
{
    private readonly PhraseTrie _trie;
    private readonly IReadOnlyList<PhraseEntry> _entries;

    public PhraseMatcher(PhraseTrie trie, IReadOnlyList<PhraseEntry> entries)
    {
        _trie = trie;
        _entries = entries;
    }

    public void FindMatches(ReadOnlySpan<Token> tokens, int from, int to, Zone zone, PooledList<PhraseMatch> matches)
    {
        var i = from;
        while (i < to)
        {
            var (last, entry) = LongestAt(tokens, i, to);
            if (entry < 0)
            {
                i++;
                continue;
            }

            var country = _entries[entry].Country;
            if (country >= 0)
            {
                matches.Add(new PhraseMatch { First = i, WordCount = last - i + 1, Entry = entry, Country = country, Zone = zone });
            }

            i = last + 1;
        }
    }

    private (int Last, int Entry) LongestAt(ReadOnlySpan<Token> tokens, int first, int to)
    {
        var bestLast = -1;
        var bestEntry = -1;
        var node = 0;
        for (var j = first; j < to; j++)
        {
            ref readonly var token = ref tokens[j];
            if (j > first && !token.Has(TokenFlags.JoinsPrevious))
            {
                break;
            }

            // A demonym's last word may be plural: "Qataris", "South Koreans".
            if (token.SingularId >= 0 && _trie.TryStep(node, token.SingularId, out var singular))
            {
                var entry = _trie.EntryAt(singular);
                if (entry >= 0 && _entries[entry].Kind == GazetteerKind.Demonym && _entries[entry].AcceptsCase(tokens, first))
                {
                    bestLast = j;
                    bestEntry = entry;
                }
            }

            if (token.Id < 0 || !_trie.TryStep(node, token.Id, out node))
            {
                break;
            }

            var exact = _trie.EntryAt(node);
            if (exact >= 0 && _entries[exact].AcceptsCase(tokens, first))
            {
                bestLast = j;
                bestEntry = exact;
            }
        }

        return (bestLast, bestEntry);
    }
}
