using Classifier.Bundles;

namespace Classifier.Hosting.Http;

/// <summary>What <c>GET /v1/model</c> returns: the manifest of the bundle in use, where it came from and when it was
/// loaded, so a monitoring system can tell which model scored what.</summary>
public sealed record ModelInfo(string Path, DateTimeOffset LoadedAt, int Reloads, BundleManifest Manifest);
