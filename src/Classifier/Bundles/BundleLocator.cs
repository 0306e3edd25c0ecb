namespace Classifier.Bundles;

/// <summary>Finds the shipped default bundle, so scoring works right after clone with no --model.</summary>
public static class BundleLocator
{
    public const string EnvironmentVariable = "CLASSIFIER_MODEL";

    public const string DefaultRelativePath = "models/default";

    /// <summary>$CLASSIFIER_MODEL, else <c>models/default</c> beside the program, else the nearest
    /// <c>models/default</c> above it (a source checkout); null when none has a manifest.</summary>
    public static string? FindDefault()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (File.Exists(Path.Combine(candidate, BundleFormat.ManifestFileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}
