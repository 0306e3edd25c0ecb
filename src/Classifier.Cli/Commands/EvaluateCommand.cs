using System.CommandLine;
using System.Text.Json;
using Classifier.Cli.Output;
using Classifier.Explanations;
using Classifier.Scoring;
using Classifier.Training.Data;
using Classifier.Training.Evaluation;
using Classifier.Training.Reports;
using Classifier.Wire;
using Spectre.Console;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>evaluate: score labelled data with a bundle and report each head against the gold labels; optionally an
/// HTML report with figures, a per-row predictions file, or a comparison of two bundles.</summary>
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
        var report = new Option<string?>("--report")
        {
            Description = "Write an HTML report with figures (confusion heat maps, per-class bars, reliability, coverage, training curve, the most confident errors) into DIR.",
            HelpName = "DIR",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Write one JSON line per row (id, gold, predicted, every head's scores) to FILE.",
            HelpName = "FILE.jsonl",
        };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Evaluate two bundles on the same data and show them side by side, with per-class differences (B − A).",
            HelpName = "A B",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var errors = new Option<int>("--errors")
        {
            Description = "How many of each head's most confident errors the report lists, with their top features.",
            DefaultValueFactory = _ => ConfidentErrors.DefaultCount,
        };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10_000)
            {
                r.AddError("--errors must be 0 to 10000.");
            }
        });
        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command("evaluate", "Report accuracy, macro-F1, per-class metrics and confusion matrices on labelled data.")
        {
            data, json, skipInvalid, report, predictions, compare, errors, model, engine,
        };
        command.SetAction(result => Run(new Request(
            result.GetValue(data)!, result.GetValue(json), result.GetValue(skipInvalid), result.GetValue(model),
            result.GetValue(report), result.GetValue(predictions), result.GetValue(compare), result.GetValue(errors), result.GetValue(engine))));
        return command;
    }

    private sealed record Request(
        string[] DataPaths, bool Json, bool SkipInvalid, string? ModelPath, string? ReportDirectory, string? PredictionsPath, string[]? Compare, int Errors, ScoringEngine Engine);

    private static int Run(Request request)
    {
        if (request.Compare is { Length: > 0 } && request.ModelPath is not null)
        {
            Console.Error.WriteLine("error: give --model or --compare A B, not both.");
            return ExitCodes.Usage;
        }

        using var progress = new ConsoleProgress();
        TrainingData data;
        try
        {
            data = new TrainingDataReader(request.SkipInvalid, issue => progress.Report($"skipped {issue}")).Read(request.DataPaths);
        }
        catch (Exception e) when (e is DataValidationException or FileNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        string?[] paths = request.Compare is { Length: 2 } pair ? [pair[0], pair[1]] : [request.ModelPath];
        var bundles = new List<EvaluatedBundle>();
        foreach (var path in paths)
        {
            var classifier = ModelLoader.TryLoad(path, request.Engine);
            if (classifier is null)
            {
                return ExitCodes.ModelError;
            }

            bundles.Add(Evaluate(classifier, path, data, progress, explain: request.ReportDirectory is not null && bundles.Count == 0));
        }

        if (request.PredictionsPath is { } predictionsPath)
        {
            PredictionsWriter.Write(predictionsPath, data.Articles, bundles[0].Predictions);
            progress.Report($"wrote {data.Articles.Count} predictions to {predictionsPath}");
        }

        if (request.ReportDirectory is { } directory)
        {
            progress.Report($"writing the report to {directory}");
            var page = HtmlReportWriter.Write(directory, new ReportInput(
                request.DataPaths, data.Articles, bundles[0], bundles.Count > 1 ? bundles[1] : null, request.Errors));
            progress.Report($"wrote {page}");
        }

        progress.Dispose();
        if (bundles.Count > 1)
        {
            PrintComparison(bundles[0], bundles[1], request.Json);
        }
        else
        {
            Print(bundles[0].Report, request.Json);
        }

        return ExitCodes.Success;
    }

    /// <param name="given">The bundle path as the user gave it (shown as given), or null for the default bundle.</param>
    private static EvaluatedBundle Evaluate(NewsClassifier classifier, string? given, TrainingData data, IProgress<string> progress, bool explain)
    {
        var evaluator = new Evaluator(classifier, progress);
        var predictions = evaluator.Predict(data.Articles);
        var name = Path.GetFileName(classifier.Bundle.Directory.TrimEnd(Path.DirectorySeparatorChar));
        return new EvaluatedBundle(name, given ?? classifier.Bundle.Directory, classifier.Manifest, evaluator.Evaluate(data.Articles, predictions), predictions,
            explain ? new ArticleExplainer(classifier) : null);
    }

    private static void Print(EvaluationReport report, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, JsonOutput.Indented));
            return;
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
    }

    private static void PrintComparison(EvaluatedBundle a, EvaluatedBundle b, bool json)
    {
        var heads = Comparison.Heads(a.Report, b.Report);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                a = new { name = a.Name, path = a.Path, report = a.Report },
                b = new { name = b.Name, path = b.Path, report = b.Report },
                heads = heads.Select(h => new
                {
                    head = h.Head,
                    accuracy = new { a = h.A.Accuracy, b = h.B.Accuracy, difference = h.B.Accuracy - h.A.Accuracy },
                    macroF1 = new { a = h.A.MacroF1, b = h.B.MacroF1, difference = h.B.MacroF1 - h.A.MacroF1 },
                    classes = h.Classes.Select(c => new { id = c.Class, f1A = c.F1A, f1B = c.F1B, difference = c.Difference }),
                }),
            }, JsonOutput.Indented));
            return;
        }

        var console = AnsiConsole.Console;
        console.MarkupLine($"A = [bold]{Markup.Escape(a.Path)}[/], B = [bold]{Markup.Escape(b.Path)}[/], {a.Report.Rows} rows");
        var summary = new Table().Border(TableBorder.Simple).AddColumn("head")
            .AddColumn(new TableColumn("accuracy A").RightAligned()).AddColumn(new TableColumn("accuracy B").RightAligned())
            .AddColumn(new TableColumn("macro-F1 A").RightAligned()).AddColumn(new TableColumn("macro-F1 B").RightAligned())
            .AddColumn(new TableColumn("B − A").RightAligned());
        foreach (var h in heads)
        {
            summary.AddRow(Markup.Escape(h.Head), ReportPrinter.F(h.A.Accuracy), ReportPrinter.F(h.B.Accuracy),
                ReportPrinter.F(h.A.MacroF1), ReportPrinter.F(h.B.MacroF1), Signed(h.B.MacroF1 - h.A.MacroF1));
        }

        console.Write(summary);
        foreach (var h in heads)
        {
            var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape($"{h.Head}: F1 per class"))
                .AddColumn("class").AddColumn(new TableColumn("F1 A").RightAligned()).AddColumn(new TableColumn("F1 B").RightAligned())
                .AddColumn(new TableColumn("B − A").RightAligned());
            foreach (var (id, f1A, f1B, difference) in h.Classes)
            {
                table.AddRow(Markup.Escape(id), ReportPrinter.F(f1A), ReportPrinter.F(f1B), Signed(difference));
            }

            console.Write(table);
        }
    }

    private static string Signed(double value) =>
        value.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture) is var text && value > 0.0005 ? $"[green]{text}[/]"
        : value < -0.0005 ? $"[red]{text}[/]" : text;

    private static void Line(IAnsiConsole console, string name, double? value)
    {
        if (value is { } v)
        {
            console.MarkupLine($"{name}: [bold]{ReportPrinter.F(v)}[/]");
        }
    }
}
