using System.CommandLine;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;

namespace Classifier.Cli.Commands;

/// <summary>split: carve a seeded, stratified train/test split out of a labelled CSV (e.g. a dev split of a public
/// corpus), so experiments on the same data use the same rows.</summary>
public static class SplitCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<string[]>("--data", "-d") { Description = "Labelled CSV file(s) or directories.", Required = true, HelpName = "PATH" };
        var fraction = new Option<double>("--test-fraction") { Description = "Share of rows for the test part.", DefaultValueFactory = _ => 0.2 };
        fraction.Require(v => v is > 0 and < 1, "must be above 0 and below 1");
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var trainOut = new Option<string>("--train-out") { Description = "Where the training part goes.", Required = true, HelpName = "FILE" };
        var testOut = new Option<string>("--test-out") { Description = "Where the test part goes.", Required = true, HelpName = "FILE" };
        var command = new Command("split", "Split labelled CSV rows into train and test parts, stratified by topic, else tone, else primary region.")
        {
            input, fraction, seed, trainOut, testOut,
        };
        command.SetAction(r =>
        {
            var inputs = r.GetValue(input)!;
            var (trainPath, testPath) = (r.GetValue(trainOut)!, r.GetValue(testOut)!);
            if (OutputClash(inputs, trainPath, testPath) is { } clash)
            {
                console.Error.WriteLine($"error: {clash}");
                return ExitCodes.Usage;
            }

            TrainingData data;
            try
            {
                data = new TrainingDataReader().Read(inputs);
            }
            catch (Exception e) when (e is DataValidationException or FileNotFoundException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var strata = data.Articles.Select(a => a.Topic ?? a.Tone ?? a.PrimaryRegion ?? "").ToArray();
            var keys = strata.Distinct().Order(StringComparer.Ordinal).ToList();
            var (train, test) = StratifiedSplitter.Split(strata.Select(s => keys.IndexOf(s)).ToArray(), r.GetValue(fraction), r.GetValue(seed));
            LabelledCsvWriter.Write(trainPath, train.Select(i => data.Articles[i]));
            LabelledCsvWriter.Write(testPath, test.Select(i => data.Articles[i]));
            console.Error.WriteLine($"{train.Length} rows to {trainPath}, {test.Length} rows to {testPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Why the outputs would overwrite each other or an input, checked on full paths before anything is read:
    /// the second write would silently replace the first, or the first would replace the data being split.</summary>
    private static string? OutputClash(IEnumerable<string> inputs, string trainOut, string testOut)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var train = RealPath(trainOut);
        var test = RealPath(testOut);
        if (string.Equals(train, test, comparison))
        {
            return $"--train-out and --test-out are the same file ({train}); give two different files.";
        }

        foreach (var path in inputs.Select(RealPath))
        {
            foreach (var (name, output) in new[] { ("--train-out", train), ("--test-out", test) })
            {
                if (string.Equals(path, output, comparison))
                {
                    return $"{name} {output} is also an input (--data); writing it would replace the data being split.";
                }
            }
        }

        return null;
    }

    // The full path, through a symbolic link to the file it names: a link to the input is the input.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
    }
}
