using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("score-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Every_input_record_gets_one_output_line_in_order_and_bad_ones_get_errors()
    {
        var input = Path.Combine(_dir.FullName, "in.jsonl");
        var output = Path.Combine(_dir.FullName, "out.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a","title":"Ministers hold talks","text":"The foreign ministers of Qatar and Russia discussed Syria by phone."}""",
            """{"id":"b","title":"","text":"Troops shelled rebel positions near the border, killing dozens."}""",
            """{"id":"c","title":"broken" "text":}""",
            """{"id":"d","title":"Army shells rebel-held town in Ethiopia","text":"   "}""",
            """{"id":"e","title":"   "}""",
            """{"id":7,"text":"The central bank raised interest rates by half a point to curb inflation."}""",
            """[1,2,3]""",
            """{"id":"h","text":"The striker scored twice as the champions won the derby."}""",
        ]);

        var run = InProcessCli.Run(InProcessCli.NoInput, "score", "--input", input, "--output", output, "--model", RepoPaths.FastModel, "--batch-size", "3");

        Assert.Equal(4, run.ExitCode); // finished, but some records are errors
        var lines = File.ReadAllLines(output);
        Assert.Equal(8, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        string? Id(JsonElement e) => e.TryGetProperty("id", out var v) ? v.GetString() : null;
        Assert.Equal(["a", "b", null, "d", "e", "7", null, "h"], docs.Select(Id));
        foreach (var i in new[] { 0, 1, 3, 5, 7 })
        {
            Assert.False(docs[i].TryGetProperty("error", out _), lines[i]);
            Assert.False(string.IsNullOrEmpty(docs[i].GetProperty("label").GetString()));
            Assert.Equal(JsonValueKind.Array, docs[i].GetProperty("regions").ValueKind);
            Assert.Equal(JsonValueKind.Array, docs[i].GetProperty("topicScores").ValueKind);
            Assert.False(string.IsNullOrEmpty(docs[i].GetProperty("toneClass").GetString()));
        }

        Assert.Contains("line 3: invalid JSON", docs[2].GetProperty("error").GetString());
        Assert.Contains("line 5: missing \"text\"", docs[4].GetProperty("error").GetString());
        Assert.Contains("line 7: expected a JSON object", docs[6].GetProperty("error").GetString());
        Assert.Contains("scored 8 records: 5 ok, 3 errors", run.StdErr);
    }

    [Fact]
    public void Parallel_scoring_keeps_input_order_and_matches_sequential_output()
    {
        var input = Path.Combine(_dir.FullName, "many.jsonl");
        string[] texts =
        [
            "Troops shelled rebel positions near the border, killing dozens.",
            "The central bank raised interest rates by half a point to curb inflation.",
            "The foreign ministers of Qatar and Russia discussed Syria by phone.",
            "The striker scored twice as the champions won the derby.",
            "Floods in Bangladesh killed 20 people and displaced thousands.",
        ];
        File.WriteAllLines(input, Enumerable.Range(0, 500).Select(i =>
            i % 97 == 0 ? "{broken" : JsonSerializer.Serialize(new { id = $"n{i}", text = texts[i % texts.Length] + $" Report {i}." })));

        var sequential = InProcessCli.Run(InProcessCli.NoInput, "score", "--input", input, "--model", RepoPaths.FastModel, "--batch-size", "7");
        var parallel = InProcessCli.Run(InProcessCli.NoInput, "score", "--input", input, "--model", RepoPaths.FastModel, "--batch-size", "7", "--parallel", "4");

        Assert.Equal(4, parallel.ExitCode);
        var lines = parallel.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.Equal(sequential.StdOut, parallel.StdOut);
        for (var i = 0; i < 500; i++)
        {
            var root = JsonDocument.Parse(lines[i]).RootElement;
            if (i % 97 == 0)
            {
                Assert.Contains($"line {i + 1}: invalid JSON", root.GetProperty("error").GetString());
            }
            else
            {
                Assert.Equal($"n{i}", root.GetProperty("id").GetString());
            }
        }
    }

    [Fact]
    public void Stdin_to_stdout_pipe_works_with_csv()
    {
        var csv = "id,title,text\nr1,Talks in Doha,\"Qatar and Oman agreed to deepen cooperation, ministers said.\"\nr2,Match,The home side won the cup final on penalties.\n";
        var run = InProcessCli.Run(csv, "score", "--format", "csv", "--model", RepoPaths.FastModel);
        Assert.Equal(0, run.ExitCode);
        var lines = run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["r1", "r2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_live_pipe_gets_each_result_before_the_input_ends()
    {
        using var process = CliProcess.Start("score", "--model", RepoPaths.ShippedModel);
        process.StandardInput.WriteLine("""{"id":"live-1","text":"Troops shelled the border town overnight, killing ten people."}""");
        process.StandardInput.Flush();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = await process.StandardOutput.ReadLineAsync(timeout.Token); // throws if nothing comes while stdin is open
        Assert.Equal("live-1", JsonDocument.Parse(first!).RootElement.GetProperty("id").GetString());

        process.StandardInput.WriteLine("""{"id":"live-2","text":"The two foreign ministers met for talks in Doha."}""");
        process.StandardInput.Close();
        Assert.Equal("live-2", JsonDocument.Parse(process.StandardOutput.ReadLine()!).RootElement.GetProperty("id").GetString());
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void Missing_input_file_is_named_with_exit_code_2()
    {
        var missing = Path.Combine(_dir.FullName, "missing.jsonl");
        var run = InProcessCli.Run(InProcessCli.NoInput, "score", "--input", missing, "--model", RepoPaths.FastModel);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, run.StdErr);
    }

    [Fact]
    public void Broken_model_directory_gives_exit_code_3()
    {
        var run = InProcessCli.Run("{\"text\":\"x\"}\n", "score", "--model", _dir.FullName);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("manifest.json", run.StdErr);
    }
}
