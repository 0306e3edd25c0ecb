using System.CommandLine;
using Classifier.Bundles;
using Classifier.Hosting.Models;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>The --model option every scoring verb shares, and loading it with a clear error.</summary>
public static class ModelLoader
{
    public static Option<string?> CreateOption() => new("--model", "-m")
    {
        Description = $"Model bundle directory. Default: ${BundleLocator.EnvironmentVariable}, else the shipped {BundleLocator.DefaultRelativePath}.",
        HelpName = "DIR",
    };

    /// <summary>--engine, beside --model on every scoring verb.</summary>
    public static Option<ScoringEngine> CreateEngineOption() => new("--engine")
    {
        Description = "How the heads are scored: compiled (the compiled linear scorer for every linear n-gram head, "
            + "checked against ML.NET at load; ML.NET for the rest) or mlnet (ML.NET for every head). Default: compiled.",
        DefaultValueFactory = _ => ScoringEngine.Compiled,
        CustomParser = result => ParseEngine(result.Tokens.Count > 0 ? result.Tokens[0].Value : "compiled", result),
    };

    /// <summary>Loads the bundle, or writes why not to stderr and returns null.</summary>
    public static NewsClassifier? TryLoad(string? directory, ScoringEngine engine = ScoringEngine.Compiled) =>
        TryLoad(directory, Console.Error, engine);

    /// <summary>Loads the bundle, or writes why not to <paramref name="error"/> and returns null.</summary>
    public static NewsClassifier? TryLoad(string? directory, TextWriter error, ScoringEngine engine = ScoringEngine.Compiled) =>
        TryLoadWith(directory, path => NewsClassifier.Load(path, engine), error);

    /// <summary>For long-running hosts: loads the bundle into a holder that picks up a replacement bundle at the
    /// same path, or writes why not to stderr and returns null.</summary>
    public static ModelHolder? TryLoadReloadable(string? directory, TimeSpan pollInterval, ScoringEngine engine = ScoringEngine.Compiled) =>
        TryLoadWith(directory, path => ModelHolder.Load(Path.GetFullPath(path), pollInterval, message => Console.Error.WriteLine(message), engine), Console.Error);

    private static ScoringEngine ParseEngine(string value, System.CommandLine.Parsing.ArgumentResult result)
    {
        switch (value.ToLowerInvariant())
        {
            case "compiled":
                return ScoringEngine.Compiled;
            case "mlnet":
            case "ml.net":
                return ScoringEngine.MlNet;
            default:
                result.AddError($"--engine: '{value}' is not an engine; expected compiled or mlnet.");
                return ScoringEngine.Compiled;
        }
    }

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
