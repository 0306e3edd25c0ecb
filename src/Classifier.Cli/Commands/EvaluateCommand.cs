using System.CommandLine;
using System.Text.Json;
using Classifier.Cli.Output;
using Classifier.Wire;
using Classifier.Training.Data;
using Classifier.Training.Evaluation;
using Spectre.Console;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>evaluate: score labelled data with a bundle and report each head against the gold labels.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Labelled CSV file or directory of *.csv (repeatable), in the training-data format.",
            Required = true,
            HelpName = "PATH",
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Report invalid records and go on without them." };
        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command("evaluate", "Report accuracy, macro-F1, per-class metrics and confusion matrices on labelled data.")
        {
            data, json, skipInvalid, model, engine,
        };
        command.SetAction(result => Run(result.GetValue(data)!, result.GetValue(json), result.GetValue(skipInvalid), result.GetValue(model), result.GetValue(engine)));
        return command;
    }

    private static int Run(string[] paths, bool json, bool skipInvalid, string? modelPath, ScoringEngine engine)
    {
        var progress = new ConsoleProgress();
        TrainingData data;
        try
        {
            data = new TrainingDataReader(skipInvalid, issue => progress.Report($"skipped {issue}")).Read(paths);
        }
        catch (Exception e) when (e is DataValidationException or FileNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var classifier = ModelLoader.TryLoad(modelPath, engine);
        if (classifier is null)
        {
            return ExitCodes.ModelError;
        }

        var report = new Evaluator(classifier, progress).Evaluate(data.Articles);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, JsonOutput.Indented));
            return ExitCodes.Success;
        }

        var console = AnsiConsole.Console;
        foreach (var head in report.Heads)
        {
            ReportPrinter.Print(console, head, head.Head);
        }

        if (report.CoarseTone is { } coarse)
        {
            ReportPrinter.Print(console, coarse, "coarse tone");
        }

        Line(console, "label (coarse tone + topic) accuracy", report.LabelAccuracy);
        Line(console, "regions micro-F1", report.RegionsMicroF1);
        Line(console, "countries micro-F1", report.CountriesMicroF1);
        return ExitCodes.Success;
    }

    private static void Line(IAnsiConsole console, string name, double? value)
    {
        if (value is { } v)
        {
            console.MarkupLine($"{name}: [bold]{ReportPrinter.F(v)}[/]");
        }
    }
}
