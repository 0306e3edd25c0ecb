using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Scoring;

namespace Classifier.Cli.Commands;

/// <summary>score: stream records in, one JSON line out per record, in input order, in constant memory.</summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Input file (.jsonl with {\"id\",\"title\",\"text\"} per line, or .csv with an id,title,text header); - for stdin.",
            DefaultValueFactory = _ => "-",
            HelpName = "FILE",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output JSONL file; - for stdout.",
            DefaultValueFactory = _ => "-",
            HelpName = "FILE",
        };
        var format = new Option<string?>("--format")
        {
            Description = "Input format when the file name does not tell (stdin defaults to jsonl).",
            HelpName = "jsonl|csv",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Most records scored together. A batch takes only the records already waiting, and output is flushed after each, so a live pipe sees every result at once.",
            DefaultValueFactory = _ => 64,
        };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                r.AddError("--batch-size must be between 1 and 100000.");
            }
        });
        var model = ModelLoader.CreateOption();
        var command = new Command("score", "Score a stream of articles: one JSON line per input record, in order; bad records get an error line.")
        {
            input, output, format, batchSize, model,
        };
        command.SetAction(result => Run(
            result.GetValue(input)!, result.GetValue(output)!, result.GetValue(format), result.GetValue(batchSize), result.GetValue(model)));
        return command;
    }

    private static int Run(string inputPath, string outputPath, string? format, int batchSize, string? modelPath)
    {
        if (inputPath != "-" && !File.Exists(inputPath))
        {
            Console.Error.WriteLine($"error: {inputPath}: no such file.");
            return ExitCodes.InvalidInput;
        }

        var classifier = ModelLoader.TryLoad(modelPath);
        if (classifier is null)
        {
            return ExitCodes.ModelError;
        }

        var kind = format ?? (inputPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl");
        using var inputStream = inputPath == "-" ? Console.OpenStandardInput() : File.OpenRead(inputPath);
        using var textReader = new StreamReader(inputStream, Encoding.UTF8);
        var sourceName = inputPath == "-" ? "stdin" : inputPath;
        var records = kind == "csv" ? CsvRecordReader.Read(inputStream, sourceName) : JsonLinesRecordReader.Read(textReader);
        using var outputStream = outputPath == "-" ? Console.OpenStandardOutput() : File.Create(outputPath);
        using var writer = new StreamWriter(outputStream, new UTF8Encoding(false)) { AutoFlush = false };

        var watch = Stopwatch.StartNew();
        var stats = new ScoreStats();
        try
        {
            foreach (var batch in AvailableBatches.Of(records, batchSize))
            {
                WriteBatch(classifier, batch, writer, stats);
                writer.Flush();
            }
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        watch.Stop();
        var rate = stats.Records / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        Console.Error.WriteLine($"scored {stats.Records} records: {stats.Records - stats.Errors} ok, {stats.Errors} errors, {watch.Elapsed.TotalSeconds:F1}s, {rate:F0} docs/s");
        return stats.Errors > 0 ? ExitCodes.RecordErrors : ExitCodes.Success;
    }

    private static void WriteBatch(NewsClassifier classifier, InputRecord[] batch, StreamWriter writer, ScoreStats stats)
    {
        var valid = batch.Where(r => r.Error is null).ToArray();
        var results = ClassifyIsolated(classifier, valid);
        var next = 0;
        foreach (var record in batch)
        {
            stats.Records++;
            string line;
            if (record.Error is not null)
            {
                stats.Errors++;
                line = JsonSerializer.Serialize(new ScoreError(record.Id, record.Line, record.Error), JsonOutput.Compact);
            }
            else
            {
                var (result, error) = results[next++];
                if (error is not null)
                {
                    stats.Errors++;
                    line = JsonSerializer.Serialize(new ScoreError(record.Id, record.Line, error), JsonOutput.Compact);
                }
                else
                {
                    line = JsonSerializer.Serialize(result, JsonOutput.Compact);
                }
            }

            writer.WriteLine(line);
        }
    }

    /// <summary>Scores the batch in one pass; if that fails, scores record by record so that one bad record costs
    /// only its own line.</summary>
    private static (Classification? Result, string? Error)[] ClassifyIsolated(NewsClassifier classifier, InputRecord[] records)
    {
        var articles = records.Select(r => new Article(r.Id, r.Title, r.Text)).ToArray();
        try
        {
            return classifier.ClassifyBatch(articles).Select(c => ((Classification?)c, (string?)null)).ToArray();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return articles.Select((a, i) =>
            {
                try
                {
                    return ((Classification?)classifier.Classify(a), (string?)null);
                }
                catch (Exception inner) when (inner is ArgumentException or InvalidOperationException)
                {
                    return (null, $"line {records[i].Line}: {inner.Message}");
                }
            }).ToArray();
        }
    }

    private sealed class ScoreStats
    {
        public long Records { get; set; }

        public long Errors { get; set; }
    }
}
