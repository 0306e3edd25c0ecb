using System.Buffers;

namespace Classifier.Scoring.Compiled;

/// <summary>Every token any compiled head's n-grams use, numbered from 1, and the tokenizer that turns a model text
/// into those numbers the way ML.NET's featurizer sees it: each character folded (<see cref="MlNetTextFolding"/>),
/// then split at spaces, empty tokens dropped. A token no head knows gets 0, which no n-gram contains, as in ML.NET
/// (an unknown word is a missing key there, so it breaks every n-gram it falls in). One pass serves all heads.</summary>
internal sealed class TokenVocabulary
{
    /// <summary>Token ids fit in 21 bits, so an n-gram of up to three of them packs into one 64-bit key.</summary>
    public const int MaxTokens = (1 << 21) - 1;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _fold;

    public TokenVocabulary(IEnumerable<string> tokens)
    {
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!_ids.ContainsKey(token))
            {
                if (_ids.Count == MaxTokens)
                {
                    throw new InvalidOperationException($"More than {MaxTokens} distinct tokens; the compiled scorer packs ids in 21 bits.");
                }

                _ids.Add(token, _ids.Count + 1);
            }
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _fold = MlNetTextFolding.Table;
    }

    public int Count => _ids.Count;

    public int IdOf(string token) => _ids.GetValueOrDefault(token);

    /// <summary>The token ids of <paramref name="text"/>, in order, into a rented array (return it with
    /// <see cref="Return"/>); <paramref name="count"/> is how many are set.</summary>
    public int[] Tokenize(string text, out int count)
    {
        var fold = _fold;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        var ids = ArrayPool<int>.Shared.Rent(Math.Max(16, (text.Length / 2) + 1));
        count = 0;
        var length = 0;
        foreach (var raw in text)
        {
            var c = fold[raw];
            if (c == MlNetTextFolding.Dropped)
            {
                continue;
            }

            if (c == ' ')
            {
                if (length > 0)
                {
                    ids[count++] = _lookup.TryGetValue(buffer.AsSpan(0, length), out var id) ? id : 0;
                    length = 0;
                }

                continue;
            }

            buffer[length++] = (char)c;
        }

        if (length > 0)
        {
            ids[count++] = _lookup.TryGetValue(buffer.AsSpan(0, length), out var last) ? last : 0;
        }

        ArrayPool<char>.Shared.Return(buffer);
        return ids;
    }

    public static void Return(int[] ids) => ArrayPool<int>.Shared.Return(ids);
}
