namespace Classifier.Bundles;

/// <summary>Finds the shipped default bundle, so scoring works right after clone with no --model.</summary>
public static class BundleLocator
{
    public const string EnvironmentVariable = "CLASSIFIER_MODEL";

    public const string DefaultRelativePath = "models/default";

    /// <summary>The file that marks the root of a source checkout.</summary>
    public const string CheckoutMarker = "Classifier.sln";

    /// <summary>$CLASSIFIER_MODEL, else <see cref="FindFrom"/> the program's directory; null when none has a manifest.</summary>
    public static string? FindDefault()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment : FindFrom(AppContext.BaseDirectory);
    }

    /// <summary>When <paramref name="programDirectory"/> lies inside a source checkout, the checkout's own
    /// <c>models/default</c>: the build copies the bundle beside the program, but <c>train --out models/default</c>
    /// writes the checkout's, and that is the one a user means (and a running <c>serve</c> must watch to pick up a
    /// retrained model). Otherwise the nearest <c>models/default</c> at or above the program (an installed copy).</summary>
    public static string? FindFrom(string programDirectory)
    {
        string? nearest = null;
        for (var dir = new DirectoryInfo(programDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (!File.Exists(Path.Combine(candidate, BundleFormat.ManifestFileName)))
            {
                continue;
            }

            if (File.Exists(Path.Combine(dir.FullName, CheckoutMarker)))
            {
                return candidate;
            }

            nearest ??= candidate;
        }

        return nearest;
    }
}
