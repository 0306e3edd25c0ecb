using System.Diagnostics;
using Classifier.Encoders;
using Classifier.Features;

namespace Classifier.Training.Encoders;

/// <summary>Builds a run's encoder (distilling the static table when asked for one) and embeds the training rows.</summary>
public sealed class TrainingEncoder : IDisposable
{
    public const string StaticTableFile = "encoder-static.bin";

    private readonly EncoderOptions _options;
    private readonly IProgress<string> _progress;
    private readonly string? _tablePath;

    private TrainingEncoder(EncoderOptions options, IProgress<string> progress, ISentenceEncoder encoder, string? tablePath)
    {
        _options = options;
        _progress = progress;
        _tablePath = tablePath;
        Source = new EmbeddingSource(encoder, options.Scale);
    }

    public EmbeddingSource Source { get; }

    public EncoderIdentity Identity => Source.Encoder.Identity;

    /// <summary>Files the bundle must carry (the static table): name in the bundle → where it is now.</summary>
    public IReadOnlyDictionary<string, string> BundleFiles =>
        _tablePath is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [StaticTableFile] = _tablePath };

    public static TrainingEncoder Create(EncoderOptions options, IReadOnlyList<string> corpus, IProgress<string> progress)
    {
        var package = MiniLmPackage.Instance;
        if (options.Kind == EncoderKinds.MiniLm)
        {
            return new TrainingEncoder(options, progress, new MiniLmEncoder(options.MaxTokens, package), null);
        }

        if (options.Kind != EncoderKinds.Static)
        {
            throw new ArgumentException($"Unknown encoder '{options.Kind}' (expected one of {string.Join(", ", EncoderKinds.All)}).");
        }

        var table = StaticTableDistiller.Distill(package, options.StaticDimensions, corpus, progress);
        var path = Path.Combine(Path.GetTempPath(), $"classifier-{Environment.ProcessId}-{StaticTableFile}");
        table.Save(path);
        var identity = new EncoderIdentity(EncoderKinds.Static, MiniLmPackage.PackageId, package.Version, package.ModelSha256, 0,
            table.Dimensions, StaticTableFile, StaticTable.Sha256Of(path));
        return new TrainingEncoder(options, progress, new StaticEncoder(table, identity, package), path);
    }

    /// <summary>Sets every input's <see cref="ModelInput.Embedding"/>, reading and filling the cache for MiniLM.</summary>
    public void Embed(IReadOnlyList<ModelInput> inputs)
    {
        var cache = Identity.Kind == EncoderKinds.MiniLm ? new EmbeddingCache(_options.CacheDirectory, Identity) : null;
        var missing = new List<int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (cache is not null && cache.TryGet(inputs[i].Text, out var cached))
            {
                inputs[i].Embedding = Source.ApplyScale(cached);
            }
            else
            {
                missing.Add(i);
            }
        }

        _progress.Report($"encoder {Identity}: {inputs.Count - missing.Count} of {inputs.Count} texts from the cache, encoding {missing.Count}");
        var watch = Stopwatch.StartNew();
        const int Chunk = 512;
        for (var start = 0; start < missing.Count; start += Chunk)
        {
            var chunk = missing.Skip(start).Take(Chunk).ToArray();
            var vectors = Source.Encoder.Encode([.. chunk.Select(i => inputs[i].Text)]);
            for (var k = 0; k < chunk.Length; k++)
            {
                cache?.Add(inputs[chunk[k]].Text, vectors[k]);
                inputs[chunk[k]].Embedding = Source.ApplyScale(vectors[k]);
            }

            var done = start + chunk.Length;
            var rate = done / Math.Max(0.001, watch.Elapsed.TotalSeconds);
            _progress.Report($"encoder: {done}/{missing.Count} texts, {rate:F0}/s, ETA {TimeSpan.FromSeconds((missing.Count - done) / rate):mm\\:ss}");
            if (done % (Chunk * 8) == 0)
            {
                cache?.Save();
            }
        }

        cache?.Save();
    }

    public void Dispose()
    {
        Source.Encoder.Dispose();
        if (_tablePath is not null && File.Exists(_tablePath))
        {
            File.Delete(_tablePath);
        }
    }
}
