using System.CommandLine;
using Classifier.Cli.Output;
using Classifier.Training.Data;
using Classifier.Training.Importers;

namespace Classifier.Cli.Commands;

/// <summary>import: convert a public corpus into the training-data CSV contract, so it can be trained on as is.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Corpus format: " + string.Join("; ", CorpusImporters.Names.Select(n => $"{n} = {CorpusImporters.Create(n).Description}")),
            Required = true,
            HelpName = string.Join("|", CorpusImporters.Names),
        };
        format.AcceptOnlyFromAmong([.. CorpusImporters.Names]);
        var input = new Option<string>("--input", "-i")
        {
            Description = "The corpus file, or (reuters, bbc) a directory of its files.",
            Required = true,
            HelpName = "PATH",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Labelled CSV to write (id,title,text,regions,countries,topic,tone,source); written only when the whole import succeeds.",
            Required = true,
            HelpName = "FILE.csv",
        };
        var places = new Option<string?>("--places")
        {
            Description = $"reuters: the PLACES code -> ISO3 table (code<TAB>iso3). Default: {ReutersPlaceTable.RelativePath}, looked up from the current directory upwards.",
            HelpName = "FILE",
        };
        var labels = new Option<string?>("--labels")
        {
            Description = $"newscategory: our labels table keyed by row (e.g. {NewsCategoryLabels.RelativePath}); labelled items get full labels, the others the site category's topic.",
            HelpName = "FILE.csv",
        };
        var labelledOnly = new Option<bool>("--labelled-only")
        {
            Description = "newscategory: import only the items the --labels table has.",
        };
        var command = new Command("import", "Convert a public corpus (Reuters-21578, CAMEO-coded sentences, BBC News, AG's News, News Category) into labelled training CSV.")
        {
            format, input, output, places, labels, labelledOnly,
        };
        command.SetAction(r => Run(r.GetValue(format)!, r.GetValue(input)!, r.GetValue(output)!, new ImportOptions
        {
            ReutersPlacesPath = r.GetValue(places),
            NewsCategoryLabelsPath = r.GetValue(labels),
            LabelledOnly = r.GetValue(labelledOnly),
        }));
        return command;
    }

    private static int Run(string format, string inputPath, string outputPath, ImportOptions options)
    {
        if (!File.Exists(inputPath) && !Directory.Exists(inputPath))
        {
            Console.Error.WriteLine($"error: {inputPath}: no such file or directory.");
            return ExitCodes.InvalidInput;
        }

        // Write beside the target and move it into place, so a failed import never leaves half a training file.
        var partial = outputPath + ".partial";
        var skips = new ImportSkips();
        var imported = 0;
        try
        {
            var importer = CorpusImporters.Create(format, options);
            if (Path.GetDirectoryName(Path.GetFullPath(outputPath)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            using var progress = new ConsoleProgress();
            var articles = importer.Import(inputPath, progress, skips).Select(a =>
            {
                imported++;
                progress.Report(new Classifier.Progress.WorkProgress("importing", imported, null, "records"));
                return a;
            });
            LabelledCsvWriter.Write(partial, articles);
            File.Move(partial, outputPath, overwrite: true);
        }
        catch (Exception e) when (e is ImportFormatException or ArgumentException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        Console.Error.WriteLine($"imported {imported} records (skipped {skips})");
        return ExitCodes.Success;
    }
}
