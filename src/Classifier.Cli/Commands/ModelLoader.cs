using System.CommandLine;
using Classifier.Bundles;
using Classifier.Hosting.Models;
using Classifier.Scoring;

namespace Classifier.Cli.Commands;

/// <summary>The --model option every scoring verb shares, and loading it with a clear error.</summary>
public static class ModelLoader
{
    public static Option<string?> CreateOption() => new("--model", "-m")
    {
        Description = $"Model bundle directory. Default: ${BundleLocator.EnvironmentVariable}, else the shipped {BundleLocator.DefaultRelativePath}.",
        HelpName = "DIR",
    };

    /// <summary>Loads the bundle, or writes why not to stderr and returns null.</summary>
    public static NewsClassifier? TryLoad(string? directory) => TryLoad(directory, Console.Error);

    /// <summary>Loads the bundle, or writes why not to <paramref name="error"/> and returns null.</summary>
    public static NewsClassifier? TryLoad(string? directory, TextWriter error) => TryLoadWith(directory, NewsClassifier.Load, error);

    /// <summary>For long-running hosts: loads the bundle into a holder that picks up a replacement bundle at the
    /// same path, or writes why not to stderr and returns null.</summary>
    public static ModelHolder? TryLoadReloadable(string? directory, TimeSpan pollInterval) =>
        TryLoadWith(directory, path => ModelHolder.Load(Path.GetFullPath(path), pollInterval, message => Console.Error.WriteLine(message)), Console.Error);

    // One place for finding the bundle and for the two ways loading it can fail, whatever it is loaded into.
    private static T? TryLoadWith<T>(string? directory, Func<string, T> load, TextWriter error)
        where T : class
    {
        var path = directory ?? BundleLocator.FindDefault();
        if (path is null)
        {
            error.WriteLine(
                $"error: no model bundle found: pass --model DIR, set ${BundleLocator.EnvironmentVariable}, or run from a checkout that has {BundleLocator.DefaultRelativePath}.");
            return null;
        }

        try
        {
            return load(path);
        }
        catch (BundleLoadException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
