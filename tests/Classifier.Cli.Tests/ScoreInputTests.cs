using System.Text;
using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

/// <summary>score's handling of awkward records: headlines without text, records without ids, bytes that are not
/// UTF-8, records over the length cap.</summary>
public sealed class ScoreInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("score-input-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_result_without_an_id_carries_its_line_number()
    {
        var run = Score("""{"id":"a","text":"Troops shelled the border town."}""" + "\n\n" + """{"text":"Ministers met in Doha for talks."}""" + "\n");

        var docs = Lines(run);
        Assert.Equal("a", docs[0].GetProperty("id").GetString());
        Assert.False(docs[0].TryGetProperty("line", out _));
        Assert.Equal(3, docs[1].GetProperty("line").GetInt64());
        Assert.False(string.IsNullOrEmpty(docs[1].GetProperty("label").GetString()));
    }

    [Fact]
    public void A_csv_row_with_a_title_and_no_text_is_scored_and_one_with_neither_is_refused()
    {
        var run = Score("id,title,text\nh1,Army shells rebel-held town in Ethiopia,\nh2,,\n", "--format", "csv");

        var docs = Lines(run);
        Assert.Contains("ETH", docs[0].GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("h2", docs[1].GetProperty("id").GetString());
        Assert.Contains("stdin:3: empty \"text\" and \"title\"", docs[1].GetProperty("error").GetString());
    }

    [Fact]
    public void A_json_line_with_invalid_utf8_is_refused_naming_its_line()
    {
        var input = Bytes("""{"id":"a","text":"Caf""", [0xE9], """ talks in Doha."}""" + "\n" + """{"id":"b","text":"Troops shelled the town."}""" + "\n");

        var run = InProcessCli.Run(input, "score", "--model", RepoPaths.FastModel);

        Assert.Equal(4, run.ExitCode);
        var docs = Lines(run);
        Assert.Equal(2, docs.Count);
        Assert.Equal(1, docs[0].GetProperty("line").GetInt64());
        Assert.Contains("line 1: invalid UTF-8 at byte 22", docs[0].GetProperty("error").GetString());
        Assert.Equal("b", docs[1].GetProperty("id").GetString());
    }

    [Fact]
    public void A_csv_record_with_invalid_utf8_is_refused_naming_its_line()
    {
        var input = Bytes("id,title,text\nr1,,Caf", [0xE9], " talks in Doha.\nr2,,Troops shelled the town.\n");

        var run = InProcessCli.Run(input, "score", "--format", "csv", "--model", RepoPaths.FastModel);

        var docs = Lines(run);
        Assert.Equal(2, docs.Count);
        Assert.Contains("stdin:2: invalid UTF-8", docs[0].GetProperty("error").GetString());
        Assert.Equal("r2", docs[1].GetProperty("id").GetString());
        Assert.False(docs[1].TryGetProperty("error", out _));
    }

    [Fact]
    public void A_json_line_over_the_cap_gets_an_error_and_the_next_record_is_scored()
    {
        var huge = JsonSerializer.Serialize(new { id = "huge", text = new string('x', 5000) });
        var run = Score(huge + "\n" + """{"id":"next","text":"Troops shelled the town."}""" + "\n", "--max-record-bytes", "2048");

        Assert.Equal(4, run.ExitCode);
        var docs = Lines(run);
        Assert.Equal(2, docs.Count);
        Assert.Contains("line 1: the line is longer than 2048 bytes", docs[0].GetProperty("error").GetString());
        Assert.Equal("next", docs[1].GetProperty("id").GetString());
    }

    [Fact]
    public void A_csv_record_over_the_cap_gets_an_error_line()
    {
        var run = Score($"id,title,text\nr1,,Troops shelled the town.\nr2,,{new string('x', 3000)}\nr3,,Ministers met.\n", "--format", "csv", "--max-record-bytes", "2048");

        var docs = Lines(run);
        Assert.Equal("r1", docs[0].GetProperty("id").GetString());
        Assert.Contains("stdin:3: the record is longer than 2048 bytes", docs[1].GetProperty("error").GetString());
        Assert.Equal("r3", docs[2].GetProperty("id").GetString());
    }

    [Fact]
    public void A_csv_with_an_unclosed_quote_longer_than_the_cap_stops_with_an_error_line_and_exit_code_2()
    {
        var run = Score($"id,title,text\nr1,,Troops shelled the town.\nr2,,\"{new string('x', 200_000)}", "--format", "csv", "--max-record-bytes", "4096");

        Assert.Equal(2, run.ExitCode);
        var docs = Lines(run);
        Assert.Equal(2, docs.Count);
        Assert.Equal("r1", docs[0].GetProperty("id").GetString());
        Assert.Contains("stdin:3:", docs[1].GetProperty("error").GetString());
        Assert.Contains("reading stopped there", run.StdErr);
    }

    [Fact]
    public void An_unwritable_output_is_an_io_error_with_exit_code_2_and_one_line()
    {
        var output = Path.Combine(_dir.FullName, "no-such-dir", "out.jsonl");

        var run = Score("""{"id":"a","text":"Troops shelled the town."}""" + "\n", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.StdErr);
        Assert.Contains("out.jsonl", run.StdErr);
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unexpected_exception_exits_70_with_one_line_and_no_stack_trace()
    {
        var run = InProcessCli.Run(() => throw new NotSupportedException("stdin cannot be opened here"), "score", "--model", RepoPaths.FastModel);

        Assert.Equal(70, run.ExitCode);
        Assert.Equal("internal error (NotSupportedException): stdin cannot be opened here", run.StdErr.Trim());
    }

    private static InProcessCli.Result Score(string stdin, params string[] args) =>
        InProcessCli.Run(stdin, ["score", "--model", RepoPaths.FastModel, .. args]);

    private static List<JsonElement> Lines(InProcessCli.Result run) =>
        [.. run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static byte[] Bytes(string before, byte[] raw, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. raw, .. Encoding.UTF8.GetBytes(after)];
}
