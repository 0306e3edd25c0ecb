using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Classifier.Articles;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Wire;
using Classifier.Scoring;
using Classifier.Scoring.Compiled;

namespace Classifier.Cli.Commands;

/// <summary>score: stream records in, one JSON line out per record, in input order, in constant memory.</summary>
public static class ScoreCommand
{
    public static Command Create(CliConsole console)
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
        batchSize.RequireBetween(1, 100_000);
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "Batches scored at once. Output stays in input order whatever the value.",
            DefaultValueFactory = _ => 1,
        };
        parallel.RequireBetween(1, 256);
        var maxRecordBytes = new Option<int>("--max-record-bytes")
        {
            Description = "Longest input record (a JSON line or a CSV record), in bytes. A longer one gets an error line and is skipped; memory stays bounded even for input without line breaks.",
            DefaultValueFactory = _ => DefaultMaxRecordBytes,
            HelpName = "BYTES",
        };
        maxRecordBytes.RequireBetween(1024, 1 << 30);
        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command("score", "Score a stream of articles: one JSON line per input record, in order; bad records get an error line.")
        {
            input, output, format, batchSize, parallel, maxRecordBytes, model, engine,
        };
        command.SetAction(result => Run(
            console,
            new ScoreOptions(
                result.GetValue(input)!, result.GetValue(output)!, result.GetValue(format), result.GetValue(batchSize), result.GetValue(parallel),
                result.GetValue(maxRecordBytes)),
            result.GetValue(model), result.GetValue(engine)));
        return command;
    }

    /// <summary>8 MiB: far above a news article, and a bound on what one record can make the reader hold.</summary>
    public const int DefaultMaxRecordBytes = 8 * 1024 * 1024;

    private sealed record ScoreOptions(string Input, string Output, string? Format, int BatchSize, int Parallel, int MaxRecordBytes);

    private static int Run(CliConsole console, ScoreOptions options, string? modelPath, ScoringEngine engine)
    {
        var (inputPath, outputPath) = (options.Input, options.Output);
        if (inputPath != "-" && !File.Exists(inputPath))
        {
            console.Error.WriteLine($"error: {inputPath}: no such file.");
            return ExitCodes.InvalidInput;
        }

        var classifier = ModelLoader.TryLoad(modelPath, console.Error, engine);
        if (classifier is null)
        {
            return ExitCodes.ModelError;
        }

        var kind = options.Format ?? (inputPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl");
        using var inputStream = inputPath == "-" ? console.OpenInput() : File.OpenRead(inputPath);
        var sourceName = inputPath == "-" ? "stdin" : inputPath;
        var records = kind == "csv"
            ? CsvRecordReader.Read(inputStream, sourceName, options.MaxRecordBytes)
            : JsonLinesRecordReader.Read(inputStream, options.MaxRecordBytes);
        using var outputStream = outputPath == "-" ? console.OpenOutput() : File.Create(outputPath);
        using var writer = new StreamWriter(outputStream, new UTF8Encoding(false)) { AutoFlush = false };
        var (batchSize, parallel) = (options.BatchSize, options.Parallel);

        var watch = Stopwatch.StartNew();
        var stats = new ScoreStats();
        // A file has a known end, so it gets a bar with rate and ETA over its bytes; a pipe has none.
        using (var progress = inputPath == "-" ? null : new ConsoleProgress(console.Error, console.Error == Console.Error ? null : false))
        {
            var length = inputStream.CanSeek ? inputStream.Length : 0;
            var kilobytes = (length + 1023) / 1024;
            // Read from the writer thread while the reader moves it: an approximate position is all a bar needs.
            stats.Written = () => progress?.Report(new Progress.WorkProgress(
                "scoring", Math.Clamp(inputStream.Position, 0, length) is var at && at >= length ? kilobytes : at / 1024, kilobytes, "KB of input"));
            try
            {
                ScoreInOrder(classifier, AvailableBatches.Of(records, batchSize), parallel, writer, stats);
            }
            catch (InvalidDataException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }
        }

        watch.Stop();
        var rate = stats.Records / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        console.Error.WriteLine($"scored {stats.Records} records: {stats.Records - stats.Errors} ok, {stats.Errors} errors, {watch.Elapsed.TotalSeconds:F1}s, {rate:F0} docs/s");
        return stats.Errors > 0 ? ExitCodes.RecordErrors : ExitCodes.Success;
    }

    /// <summary>Up to <paramref name="parallel"/> batches are scored at once while a writer takes their lines in
    /// input order and flushes each batch as soon as it and every batch before it are done, so a live pipe is never
    /// held back waiting for more input. The bounded queue keeps memory constant on endless input.</summary>
    private static void ScoreInOrder(NewsClassifier classifier, IEnumerable<InputRecord[]> batches, int parallel, StreamWriter writer, ScoreStats stats)
    {
        var queue = Channel.CreateBounded<Task<BatchLines>>(new BoundedChannelOptions(parallel) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(async () =>
        {
            try
            {
                await foreach (var pending in queue.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    var lines = await pending.ConfigureAwait(false);
                    foreach (var line in lines.Lines)
                    {
                        await writer.WriteLineAsync(line).ConfigureAwait(false);
                    }

                    await writer.FlushAsync().ConfigureAwait(false);
                    stats.Records += lines.Lines.Length;
                    stats.Errors += lines.Errors;
                    stats.Written?.Invoke();
                }
            }
            catch (Exception e)
            {
                // A closed output pipe must stop the reader too, not leave it blocked on a full queue.
                queue.Writer.TryComplete(e);
                throw;
            }
        });

        try
        {
            foreach (var batch in batches)
            {
                var scoring = Task.Run(() => FormatBatch(classifier, batch));
                if (!queue.Writer.TryWrite(scoring))
                {
                    // The writer is behind: wait for room rather than let results pile up.
                    queue.Writer.WriteAsync(scoring).AsTask().GetAwaiter().GetResult();
                }
            }
        }
        catch (ChannelClosedException)
        {
            // The writer failed; its own exception is the one to report, below.
        }
        catch
        {
            // The input failed (e.g. a CSV record that never ends): what was read before it is still written, so the
            // output keeps its line per record up to there.
            queue.Writer.TryComplete();
            writing.GetAwaiter().GetResult();
            throw;
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        writing.GetAwaiter().GetResult();
    }

    private static BatchLines FormatBatch(NewsClassifier classifier, InputRecord[] batch)
    {
        var valid = batch.Where(r => r.Error is null).ToArray();
        var results = classifier.ClassifyBatchIsolated([.. valid.Select(r => new Article(r.Id, r.Title, r.Text))]);
        var lines = new string[batch.Length];
        var errors = 0;
        var next = 0;
        for (var i = 0; i < batch.Length; i++)
        {
            var record = batch[i];
            if (record.Error is not null)
            {
                errors++;
                lines[i] = JsonSerializer.Serialize(new ScoreError(record.Id, record.Line, record.Error), JsonOutput.Compact);
                continue;
            }

            var (result, error) = results[next++];
            if (error is not null)
            {
                errors++;
                lines[i] = JsonSerializer.Serialize(new ScoreError(record.Id, record.Line, $"line {record.Line}: {error}"), JsonOutput.Compact);
            }
            else
            {
                lines[i] = ScoredLine.Format(result!, record.Line);
            }
        }

        return new BatchLines(lines, errors);
    }

    private sealed record BatchLines(string[] Lines, int Errors);

    private sealed class ScoreStats
    {
        public long Records { get; set; }

        public long Errors { get; set; }

        /// <summary>Called after each batch is written (progress).</summary>
        public Action? Written { get; set; }
    }
}
