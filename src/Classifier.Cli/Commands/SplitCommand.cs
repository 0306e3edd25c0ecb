using System.CommandLine;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;

namespace Classifier.Cli.Commands;

/// <summary>split: carve a seeded, stratified train/test split out of a labelled CSV (e.g. a dev split of a public
/// corpus), so experiments on the same data use the same rows.</summary>
public static class SplitCommand
{
    public static Command Create()
    {
        var input = new Option<string[]>("--data", "-d") { Description = "Labelled CSV file(s) or directories.", Required = true, HelpName = "PATH" };
        var fraction = new Option<double>("--test-fraction") { Description = "Share of rows for the test part.", DefaultValueFactory = _ => 0.2 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var trainOut = new Option<string>("--train-out") { Description = "Where the training part goes.", Required = true, HelpName = "FILE" };
        var testOut = new Option<string>("--test-out") { Description = "Where the test part goes.", Required = true, HelpName = "FILE" };
        var command = new Command("split", "Split labelled CSV rows into train and test parts, stratified by topic, else tone, else primary region.")
        {
            input, fraction, seed, trainOut, testOut,
        };
        command.SetAction(r =>
        {
            TrainingData data;
            try
            {
                data = new TrainingDataReader().Read(r.GetValue(input)!);
            }
            catch (Exception e) when (e is DataValidationException or FileNotFoundException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var strata = data.Articles.Select(a => a.Topic ?? a.Tone ?? a.PrimaryRegion ?? "").ToArray();
            var keys = strata.Distinct().Order(StringComparer.Ordinal).ToList();
            var (train, test) = StratifiedSplitter.Split(strata.Select(s => keys.IndexOf(s)).ToArray(), r.GetValue(fraction), r.GetValue(seed));
            LabelledCsvWriter.Write(r.GetValue(trainOut)!, train.Select(i => data.Articles[i]));
            LabelledCsvWriter.Write(r.GetValue(testOut)!, test.Select(i => data.Articles[i]));
            Console.Error.WriteLine($"{train.Length} rows to {r.GetValue(trainOut)}, {test.Length} rows to {r.GetValue(testOut)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
