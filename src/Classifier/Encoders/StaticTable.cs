using System.Security.Cryptography;

namespace Classifier.Encoders;

/// <summary>One vector per WordPiece token, quantised to 8 bits with a scale per row (a quarter of float32, and
/// the quantisation error is far below what a classifier reads). File layout: "CLST" v1, token count, dimensions,
/// then per token a float32 scale and its signed bytes.</summary>
public sealed class StaticTable
{
    private const uint Magic = 0x54534C43; // "CLST"
    private const int FormatVersion = 1;

    private readonly float[] _scales;
    private readonly sbyte[] _values;

    public StaticTable(float[] scales, sbyte[] values, int dimensions)
    {
        if (values.Length != scales.Length * dimensions)
        {
            throw new ArgumentException($"{values.Length} values do not make {scales.Length} rows of {dimensions}.", nameof(values));
        }

        _scales = scales;
        _values = values;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Tokens => _scales.Length;

    /// <summary>Quantises float rows (one per token).</summary>
    public static StaticTable FromRows(float[][] rows)
    {
        var dims = rows[0].Length;
        var scales = new float[rows.Length];
        var values = new sbyte[rows.Length * dims];
        for (var t = 0; t < rows.Length; t++)
        {
            var max = 0f;
            foreach (var v in rows[t])
            {
                max = Math.Max(max, Math.Abs(v));
            }

            scales[t] = max / 127f;
            for (var d = 0; d < dims; d++)
            {
                values[(t * dims) + d] = max == 0 ? (sbyte)0 : (sbyte)Math.Round(rows[t][d] / scales[t]);
            }
        }

        return new StaticTable(scales, values, dims);
    }

    /// <summary>Adds token <paramref name="token"/>'s row to <paramref name="sum"/>.</summary>
    public void AddRow(int token, Span<float> sum)
    {
        var scale = _scales[token];
        var row = _values.AsSpan(token * Dimensions, Dimensions);
        for (var d = 0; d < row.Length; d++)
        {
            sum[d] += row[d] * scale;
        }
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Tokens);
        writer.Write(Dimensions);
        for (var t = 0; t < Tokens; t++)
        {
            writer.Write(_scales[t]);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan(t * Dimensions, Dimensions)));
        }
    }

    public static StaticTable Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"{path} is not a static encoder table (format {FormatVersion}).");
        }

        var tokens = reader.ReadInt32();
        var dims = reader.ReadInt32();
        if (tokens is <= 0 or > 1_000_000 || dims is <= 0 or > 4096)
        {
            throw new InvalidDataException($"{path}: implausible table shape {tokens} x {dims}.");
        }

        var scales = new float[tokens];
        var values = new sbyte[tokens * dims];
        for (var t = 0; t < tokens; t++)
        {
            scales[t] = reader.ReadSingle();
            var bytes = reader.ReadBytes(dims);
            if (bytes.Length != dims)
            {
                throw new InvalidDataException($"{path}: truncated at token {t} of {tokens}.");
            }

            Buffer.BlockCopy(bytes, 0, values, t * dims, dims);
        }

        return new StaticTable(scales, values, dims);
    }

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
