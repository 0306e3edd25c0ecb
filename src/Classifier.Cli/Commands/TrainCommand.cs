using System.CommandLine;
using Classifier.Bundles;
using Classifier.Cli.Output;
using Classifier.Training.Data;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;
using Spectre.Console;
using SelectionMode = Classifier.Training.Pipelines.SelectionMode;

namespace Classifier.Cli.Commands;

/// <summary>train: build a model bundle from labelled CSV files.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "Labelled CSV file or directory of *.csv (repeatable). Header: id,title,text,regions,countries,topic,tone,source.",
            Required = true,
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Bundle directory to write (replaced atomically if it exists).",
            DefaultValueFactory = _ => "models/trained",
            HelpName = "DIR",
        };
        var heads = new Option<string>("--heads")
        {
            Description = "Comma-separated heads to train.",
            DefaultValueFactory = _ => string.Join(",", HeadNames.All),
        };
        var selection = new Option<SelectionMode>("--selection")
        {
            Description = "Model selection on the validation split: None (default pipeline only), Quick (featurizers, then trainers), Full (every pair).",
            DefaultValueFactory = _ => SelectionMode.Quick,
        };
        var trainer = new Option<string?>("--trainer")
        {
            Description = $"Force one trainer: {string.Join(", ", TrainerSpec.All.Select(t => t.Name))}.",
        };
        var featurizer = new Option<string?>("--featurizer")
        {
            Description = $"Force one text featurizer (quote it): {string.Join(", ", FeaturizerSpec.Candidates.Select(f => $"'{f.Name}'"))}.",
        };
        var validation = new Option<double>("--validation")
        {
            Description = "Share of each head's rows held out (stratified) to compare pipelines and report metrics.",
            DefaultValueFactory = _ => 0.2,
        };
        var minGain = new Option<double>("--min-gain")
        {
            Description = "Macro-F1 a costlier pipeline must gain on the validation split to be kept over a cheaper one; 0 keeps the top score.",
            DefaultValueFactory = _ => CandidatePicker.DefaultMinGain,
        };
        minGain.Require(v => v is >= 0 and < 1, "must be at least 0 and below 1");
        var seed = new Option<int>("--seed") { Description = "Random seed for the split and the trainers.", DefaultValueFactory = _ => 42 };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Report invalid records and go on without them, instead of stopping." };
        var toneEvidence = new Option<bool>("--tone-evidence")
        {
            Description = "Add CAMEO verb-pattern evidence to the tone head's features (off by default: no measured gain yet).",
        };
        var json = new Option<bool>("--json") { Description = "Print the bundle manifest as JSON at the end instead of tables." };
        var command = new Command("train", "Train a model bundle (region, topic and tone heads) from labelled CSV files.")
        {
            data, output, heads, selection, trainer, featurizer, validation, minGain, seed, skipInvalid, toneEvidence, json,
        };
        command.SetAction(result =>
        {
            var headList = result.GetValue(heads)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = headList.Where(h => !HeadNames.All.Contains(h)).ToArray();
            if (unknown.Length > 0)
            {
                Console.Error.WriteLine($"error: unknown head(s) {string.Join(", ", unknown)}; expected {string.Join(", ", HeadNames.All)}.");
                return ExitCodes.Usage;
            }

            TrainerSpec? forced = null;
            FeaturizerSpec? forcedFeaturizer = null;
            try
            {
                forced = result.GetValue(trainer) is { } name ? TrainerSpec.Parse(name) : null;
                forcedFeaturizer = result.GetValue(featurizer) is { } featurizerName ? FeaturizerSpec.Parse(featurizerName) : null;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            var options = new TrainingOptions
            {
                DataPaths = result.GetValue(data)!,
                OutputDirectory = result.GetValue(output)!,
                Heads = headList,
                SkipInvalid = result.GetValue(skipInvalid),
                Head = new HeadTrainingOptions
                {
                    Selection = result.GetValue(selection),
                    ValidationFraction = result.GetValue(validation),
                    MinGain = result.GetValue(minGain),
                    Seed = result.GetValue(seed),
                    Trainer = forced,
                    Featurizer = forcedFeaturizer,
                    Features = new FeatureOptions { UseToneEvidence = result.GetValue(toneEvidence) },
                },
                Recorded = new Dictionary<string, string>
                {
                    ["heads"] = string.Join(",", headList),
                    ["selection"] = result.GetValue(selection).ToString(),
                    ["trainer"] = forced?.Name ?? "(selected)",
                    ["featurizer"] = forcedFeaturizer?.Name ?? "(selected)",
                    ["validation"] = result.GetValue(validation).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["minGain"] = result.GetValue(minGain).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["seed"] = result.GetValue(seed).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["skipInvalid"] = result.GetValue(skipInvalid).ToString(),
                    ["toneEvidence"] = result.GetValue(toneEvidence).ToString(),
                },
            };
            return Run(options, result.GetValue(json));
        });
        return command;
    }

    private static int Run(TrainingOptions options, bool json)
    {
        TrainingResult result;
        try
        {
            result = new TrainingRun(new ConsoleProgress()).Execute(options);
        }
        catch (Exception e) when (e is DataValidationException or FileNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        if (json)
        {
            Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(result.Manifest, BundleFormat.JsonOptions));
            return ExitCodes.Success;
        }

        var console = AnsiConsole.Console;
        foreach (var head in result.Heads)
        {
            ReportPrinter.Print(console, head.Validation, $"{head.Head} (validation, {head.Featurizer.Name} + {head.Trainer.Name})");
            var candidates = new Table().Border(TableBorder.Simple).AddColumn("trainer").AddColumn("featurizer")
                .AddColumn(new TableColumn("accuracy").RightAligned()).AddColumn(new TableColumn("macro-F1").RightAligned())
                .AddColumn(new TableColumn("seconds").RightAligned());
            foreach (var c in head.Candidates)
            {
                candidates.AddRow(Markup.Escape(c.Trainer), Markup.Escape(c.Featurizer), ReportPrinter.F(c.Accuracy), ReportPrinter.F(c.MacroF1), c.Seconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(candidates);
        }

        if (result.Composer is { } composer)
        {
            console.MarkupLine($"regions micro-F1 (validation) [bold]{ReportPrinter.F(composer.RegionsMicroF1)}[/], countries micro-F1 [bold]{ReportPrinter.F(composer.CountriesMicroF1)}[/]");
        }

        console.MarkupLine($"bundle: [bold]{Markup.Escape(Path.GetFullPath(options.OutputDirectory))}[/]");
        return ExitCodes.Success;
    }
}
