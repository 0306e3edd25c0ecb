namespace Classifier.Encoders;

/// <summary>Semantic features at n-gram speed: the WordPiece tokens of the whole text looked up in a
/// <see cref="StaticTable"/> distilled from MiniLM, averaged and L2-normalised. No transformer runs at scoring time.</summary>
public sealed class StaticEncoder : ISentenceEncoder
{
    private readonly StaticTable _table;
    private readonly MiniLmPackage _package;

    public StaticEncoder(StaticTable table, EncoderIdentity identity, MiniLmPackage? package = null)
    {
        _table = table;
        _package = package ?? MiniLmPackage.Instance;
        if (identity.Dimensions != table.Dimensions)
        {
            throw new ArgumentException($"The identity says {identity.Dimensions} dimensions; the table has {table.Dimensions}.", nameof(identity));
        }

        Identity = identity;
    }

    public EncoderIdentity Identity { get; }

    public int Dimensions => _table.Dimensions;

    public float[] Encode(string text)
    {
        var sum = new float[Dimensions];
        if (text.Length > 0)
        {
            var ids = _package.Tokenizer.EncodeToIds(text, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);
            foreach (var id in ids)
            {
                if ((uint)id < (uint)_table.Tokens)
                {
                    _table.AddRow(id, sum);
                }
            }
        }

        VectorNorm.Normalize(sum);
        return sum;
    }

    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var results = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            results[i] = Encode(texts[i]);
        }

        return results;
    }

    public void Dispose()
    {
    }
}
