using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;
using CsvHelper;
using Xunit.Abstractions;

namespace Classifier.Cli.Tests.Fuzz;

/// <summary>Thousands of malformed and mutated records through score, in-process, with the n-gram bundle: score must
/// never crash and must write exactly one output line per input record, counted the way its reader counts them.
/// The counts tried go to the test output (dotnet test --logger "console;verbosity=detailed").</summary>
public class ScoreFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261205;

    [Fact]
    public void Json_lines_never_crash_score_and_each_record_gets_one_line()
    {
        var generator = new MalformedRecords(Seed);
        var input = new MemoryStream();
        for (var i = 0; i < 4000; i++)
        {
            input.Write(generator.JsonLine());
            input.WriteByte((byte)'\n');
        }

        var bytes = input.ToArray();
        var expected = CountJsonLineRecords(bytes);
        var watch = Stopwatch.StartNew();
        var run = InProcessCli.Run(bytes, "score", "--model", RepoPaths.FastModel, "--batch-size", "32");

        AssertOneLinePerRecord(run, expected);
        Report("JSON lines", generator, bytes.Length, expected, watch.Elapsed);
    }

    [Fact]
    public void Csv_records_never_crash_score_and_each_record_gets_one_line()
    {
        var generator = new MalformedRecords(Seed + 1);
        var input = new MemoryStream();
        input.Write("id,title,text\n"u8);
        for (var i = 0; i < 2500; i++)
        {
            input.Write(generator.CsvRecord());
        }

        var bytes = input.ToArray();
        var expected = CountCsvRecords(bytes);
        var watch = Stopwatch.StartNew();
        var run = InProcessCli.Run(bytes, "score", "--format", "csv", "--model", RepoPaths.FastModel, "--batch-size", "32");

        AssertOneLinePerRecord(run, expected);
        Report("CSV", generator, bytes.Length, expected, watch.Elapsed);
    }

    private static void AssertOneLinePerRecord(InProcessCli.Result run, int expected)
    {
        Assert.True(run.ExitCode is 0 or 4, $"exit {run.ExitCode}: {run.StdErr}");
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines.Length);
        long previousLine = 0;
        foreach (var line in lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(JsonValueKind.Object, root.ValueKind);
            Assert.True(root.TryGetProperty("error", out _) ^ root.TryGetProperty("label", out _), line);
            if (root.TryGetProperty("line", out var number))
            {
                Assert.True(number.GetInt64() > previousLine, $"line {number} after {previousLine}: out of order");
                previousLine = number.GetInt64();
            }
        }

        Assert.Contains($"scored {expected} records", run.StdErr);
    }

    // As JsonLinesRecordReader: LF ends a line, a last line may lack it, whitespace-only lines are not records.
    private static int CountJsonLineRecords(byte[] bytes)
    {
        var count = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', start);
            var end = newline < 0 ? bytes.Length : newline;
            if (bytes.AsSpan(start, end - start).IndexOfAnyExcept(" \t\r\f\v"u8) >= 0)
            {
                count++;
            }

            start = end + 1;
        }

        return count;
    }

    // As CsvRecordReader: every record the CSV reader returns, plus every malformed one it skips.
    private static int CountCsvRecords(byte[] bytes)
    {
        var malformed = 0;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = _ => malformed++,
        };
        using var csv = CsvReader.Create(new MemoryStream(bytes), options, leaveOpen: false);
        csv.ReadHeader();
        var records = 0;
        while (csv.Read())
        {
            records++;
        }

        return records + malformed;
    }

    private void Report(string format, MalformedRecords generator, int bytes, int records, TimeSpan elapsed)
    {
        output.WriteLine($"{format}: {records} records ({bytes:N0} bytes, seed-generated) scored in {elapsed.TotalSeconds:F1}s; kinds tried:");
        foreach (var (kind, count) in generator.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind}: {count}");
        }
    }
}
