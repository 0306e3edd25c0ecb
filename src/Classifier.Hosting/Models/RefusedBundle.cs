namespace Classifier.Hosting.Models;

/// <summary>A bundle that appeared at the model path and is not served: it did not load, or it does not have the
/// served bundle's shape (<see cref="BundleCompatibility"/>). <see cref="CreatedAt"/> is null when even its manifest
/// could not be read.</summary>
public sealed record RefusedBundle(DateTimeOffset? CreatedAt, string Reason, DateTimeOffset SeenAt);
