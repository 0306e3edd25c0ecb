using Classifier.Bundles;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.Hosting.Models;

/// <summary>The bundle a long-running host scores with, replaced whole when a new bundle lands at the model path.
/// A caller takes <see cref="Current"/> once per request or batch, so in-flight work finishes on the model it began
/// with; a bundle that fails to load is reported and the old one stays.</summary>
public sealed class ModelHolder : IDisposable
{
    private readonly string _path;
    private readonly Action<string> _log;
    private readonly Timer? _timer;
    private readonly Lock _reloadLock = new();
    private volatile NewsClassifier _current;
    private BundleFingerprint _fingerprint;

    private readonly ScoringEngine _engine;

    private ModelHolder(string path, NewsClassifier initial, TimeSpan pollInterval, Action<string> log)
    {
        _engine = initial.Engine;
        _path = path;
        _log = log;
        _current = initial;
        _fingerprint = BundleFingerprint.Of(path);
        LoadedAt = DateTimeOffset.UtcNow;
        if (pollInterval > TimeSpan.Zero)
        {
            _timer = new Timer(_ => ReloadIfChanged(), null, pollInterval, pollInterval);
        }
    }

    public NewsClassifier Current => _current;

    public string Path => _path;

    public DateTimeOffset LoadedAt { get; private set; }

    public int Reloads { get; private set; }

    /// <summary>Loads the bundle at <paramref name="path"/> (throwing <see cref="BundleLoadException"/> when it is
    /// unusable) and, when <paramref name="pollInterval"/> is positive, checks it for a replacement that often.
    /// Polling, not file events: a bundle is swapped in by renaming directories, which watchers report unevenly.</summary>
    public static ModelHolder Load(string path, TimeSpan pollInterval, Action<string>? log = null, ScoringEngine engine = ScoringEngine.Compiled) =>
        new(path, NewsClassifier.Load(path, engine), pollInterval, log ?? (_ => { }));

    /// <summary>Loads the bundle again if its manifest changed; returns whether a new model is now in use.</summary>
    public bool ReloadIfChanged()
    {
        lock (_reloadLock)
        {
            var seen = BundleFingerprint.Of(_path);
            if (seen == _fingerprint)
            {
                return false;
            }

            try
            {
                var next = NewsClassifier.Load(_path, _engine);
                _current = next;
                _fingerprint = seen;
                LoadedAt = DateTimeOffset.UtcNow;
                Reloads++;
                _log($"model reloaded from {_path} (created {next.Manifest.CreatedAt:O})");
                return true;
            }
            catch (Exception e) when (e is BundleLoadException or IOException or UnauthorizedAccessException)
            {
                // A half-copied bundle looks like this too; keep serving and try again at the next tick.
                _log($"model at {_path} changed but did not load; still serving the previous one: {e.Message}");
                return false;
            }
        }
    }

    public void Dispose() => _timer?.Dispose();

    // The manifest names every head file's SHA-256 and the creation time, so its own hash identifies the bundle.
    private readonly record struct BundleFingerprint(string Sha256)
    {
        public static BundleFingerprint Of(string path)
        {
            try
            {
                var bytes = File.ReadAllBytes(System.IO.Path.Combine(path, BundleFormat.ManifestFileName));
                return new BundleFingerprint(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new BundleFingerprint("");
            }
        }
    }
}
