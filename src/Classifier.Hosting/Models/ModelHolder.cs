using Classifier.Bundles;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.Hosting.Models;

/// <summary>The bundle a long-running host scores with, replaced whole when a new bundle lands at the model path.
/// A caller takes <see cref="Current"/> once per request or batch, so in-flight work finishes on the model it began
/// with. A replacement that fails to load, or that has another shape than the served one (see
/// <see cref="BundleCompatibility"/>), is refused and the old one stays; each refused bundle is logged and counted
/// once, however many polls see it.</summary>
public sealed class ModelHolder : IDisposable
{
    private readonly string _path;
    private readonly Action<string> _log;
    private readonly Timer? _timer;
    private readonly Lock _reloadLock = new();
    private volatile NewsClassifier _current;
    private volatile RefusedBundle? _refused;
    private BundleFingerprint _fingerprint;
    private BundleFingerprint? _refusedFingerprint;
    private int _reloads;
    private int _reloadFailures;

    private readonly ScoringEngine _engine;

    private ModelHolder(string path, NewsClassifier initial, TimeSpan pollInterval, Action<string> log)
    {
        _engine = initial.Engine;
        _path = path;
        _log = log;
        _current = initial;
        _fingerprint = BundleFingerprint.Of(path);
        LoadedAt = DateTimeOffset.UtcNow;
        PollInterval = pollInterval;
        if (pollInterval > TimeSpan.Zero)
        {
            _timer = new Timer(_ => ReloadIfChanged(), null, pollInterval, pollInterval);
        }
    }

    public NewsClassifier Current => _current;

    public string Path => _path;

    /// <summary>SHA-256 of the served bundle's manifest (which names every head file's SHA-256): the model's identity.</summary>
    public string Id => _fingerprint.Sha256.ToLowerInvariant();

    /// <summary>How often the path is checked for a replacement; zero when it is not.</summary>
    public TimeSpan PollInterval { get; }

    public DateTimeOffset LoadedAt { get; private set; }

    public int Reloads => Volatile.Read(ref _reloads);

    /// <summary>Replacements refused: each distinct bundle that did not load or did not fit counts once.</summary>
    public int ReloadFailures => Volatile.Read(ref _reloadFailures);

    /// <summary>The bundle now at the path that is not served, or null when the path holds the served one.</summary>
    public RefusedBundle? Refused => _refused;

    /// <summary>Loads the bundle at <paramref name="path"/> (throwing <see cref="BundleLoadException"/> when it is
    /// unusable) and, when <paramref name="pollInterval"/> is positive, checks it for a replacement that often.
    /// Polling, not file events: a bundle is swapped in by renaming directories, which watchers report unevenly.</summary>
    public static ModelHolder Load(string path, TimeSpan pollInterval, Action<string>? log = null, ScoringEngine engine = ScoringEngine.Compiled) =>
        new(path, NewsClassifier.Load(path, engine), pollInterval, log ?? (_ => { }));

    /// <summary>Loads the bundle again if its manifest changed and it has the served shape; returns whether a new
    /// model is now in use.</summary>
    public bool ReloadIfChanged()
    {
        lock (_reloadLock)
        {
            var seen = BundleFingerprint.Of(_path);
            if (seen == _fingerprint)
            {
                // Back to the served bundle (e.g. a refused one was moved away): nothing is refused any more.
                _refused = null;
                _refusedFingerprint = null;
                return false;
            }

            if (seen == BundleFingerprint.None)
            {
                // Most likely between the two renames of a replacement; a removed bundle also looks like this. Not
                // a refused bundle (nothing to count), but said once, since it may last.
                if (_refusedFingerprint != seen)
                {
                    _refusedFingerprint = seen;
                    _refused = new RefusedBundle(null, $"no bundle at {_path} (no readable {BundleFormat.ManifestFileName})", DateTimeOffset.UtcNow);
                    _log($"no model bundle at {_path} any more; still serving the one created {_current.Manifest.CreatedAt:O}");
                }

                return false;
            }

            BundleManifest manifest;
            try
            {
                manifest = ModelBundle.ReadManifest(_path);
            }
            catch (Exception e) when (e is BundleLoadException or IOException or UnauthorizedAccessException)
            {
                // A half-copied bundle looks like this too: keep serving, and look again at the next tick.
                Refuse(seen, null, $"did not load: {e.Message}");
                return false;
            }

            var differences = BundleCompatibility.Differences(_current.Manifest, manifest);
            if (differences.Count > 0)
            {
                Refuse(seen, manifest.CreatedAt, $"has another shape than the served model ({string.Join("; ", differences)}); restart to serve it");
                return false;
            }

            try
            {
                var next = NewsClassifier.Load(_path, _engine);
                _current = next;
                _fingerprint = seen;
                _refused = null;
                _refusedFingerprint = null;
                LoadedAt = DateTimeOffset.UtcNow;
                Interlocked.Increment(ref _reloads);
                _log($"model reloaded from {_path} (created {next.Manifest.CreatedAt:O})");
                return true;
            }
            catch (Exception e) when (e is BundleLoadException or IOException or UnauthorizedAccessException)
            {
                Refuse(seen, manifest.CreatedAt, $"did not load: {e.Message}");
                return false;
            }
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Refuse(BundleFingerprint seen, DateTimeOffset? createdAt, string reason)
    {
        if (_refusedFingerprint == seen)
        {
            return;
        }

        _refusedFingerprint = seen;
        _refused = new RefusedBundle(createdAt, reason, DateTimeOffset.UtcNow);
        Interlocked.Increment(ref _reloadFailures);
        _log($"model at {_path} changed but is refused, still serving the one created {_current.Manifest.CreatedAt:O}: the new one {reason}");
    }

    // The manifest names every head file's SHA-256 and the creation time, so its own hash identifies the bundle.
    private readonly record struct BundleFingerprint(string Sha256)
    {
        public static BundleFingerprint None { get; } = new("");

        public static BundleFingerprint Of(string path)
        {
            try
            {
                var bytes = File.ReadAllBytes(System.IO.Path.Combine(path, BundleFormat.ManifestFileName));
                return new BundleFingerprint(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return None;
            }
        }
    }
}
