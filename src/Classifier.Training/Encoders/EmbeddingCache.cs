using System.Security.Cryptography;
using System.Text;
using Classifier.Encoders;

namespace Classifier.Training.Encoders;

/// <summary>MiniLM vectors of texts already encoded, on disk, one file per encoder identity: retraining on the same
/// data (a new option, another seed) then costs seconds instead of minutes. Keys are SHA-256 of the text; a file
/// from another identity is never read, because the identity is in its name.</summary>
public sealed class EmbeddingCache
{
    private const int KeyBytes = 16;

    private readonly string? _path;
    private readonly int _dimensions;
    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly List<(UInt128 Key, float[] Vector)> _added = [];

    public EmbeddingCache(string? directory, EncoderIdentity identity)
    {
        _dimensions = identity.Dimensions;
        if (directory is null)
        {
            return;
        }

        _path = Path.Combine(directory, $"{identity.Kind}-{identity.ModelSha256[..16]}-{identity.MaxTokens}.vectors");
        if (File.Exists(_path))
        {
            Read(_path);
        }
    }

    public int Count => _vectors.Count;

    public bool TryGet(string text, out float[] vector)
    {
        if (_vectors.TryGetValue(Key(text), out var cached))
        {
            vector = (float[])cached.Clone();
            return true;
        }

        vector = [];
        return false;
    }

    public void Add(string text, float[] vector)
    {
        var key = Key(text);
        lock (_added)
        {
            if (_vectors.TryAdd(key, (float[])vector.Clone()))
            {
                _added.Add((key, _vectors[key]));
            }
        }
    }

    /// <summary>Appends what was added; a cache that cannot be written only costs time next run.</summary>
    public void Save()
    {
        if (_path is null || _added.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var writer = new BinaryWriter(new FileStream(_path, FileMode.Append));
            foreach (var (key, vector) in _added)
            {
                writer.Write((ulong)(key >> 64));
                writer.Write((ulong)key);
                foreach (var v in vector)
                {
                    writer.Write(v);
                }
            }

            _added.Clear();
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Read(string path)
    {
        var record = KeyBytes + (4 * _dimensions);
        var bytes = File.ReadAllBytes(path);
        // A torn last record (a run killed mid-write) is ignored.
        for (var offset = 0; offset + record <= bytes.Length; offset += record)
        {
            var high = BitConverter.ToUInt64(bytes, offset);
            var low = BitConverter.ToUInt64(bytes, offset + 8);
            var vector = new float[_dimensions];
            Buffer.BlockCopy(bytes, offset + KeyBytes, vector, 0, 4 * _dimensions);
            _vectors[((UInt128)high << 64) | low] = vector;
        }
    }

    private static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return ((UInt128)BitConverter.ToUInt64(hash) << 64) | BitConverter.ToUInt64(hash[8..]);
    }
}
