using System.Text.Json;
using System.Text.RegularExpressions;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

/// <summary>evaluate --report, --predictions and --compare on the held-out corpus with the n-gram bundle.</summary>
public sealed partial class EvaluateReportTests : IDisposable
{
    private static readonly string[] s_heads = ["region", "topic", "tone"];
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("evaluate-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string Holdout => Path.Combine(RepoPaths.Data, "holdout");

    [Fact]
    public void The_report_has_every_heads_figures_and_nothing_from_elsewhere()
    {
        var report = Path.Combine(_dir.FullName, "report");
        var run = CliProcess.Run(null, "evaluate", "--data", Holdout, "--model", RepoPaths.FastModel, "--report", report, "--errors", "5");
        Assert.True(run.ExitCode == 0, run.StdErr);

        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        foreach (var head in s_heads)
        {
            foreach (var figure in new[] { "confusion", "per-class", "reliability", "coverage" })
            {
                var file = $"figures/{head}-{figure}.png";
                Assert.Contains($"src=\"{file}\"", html);
                var png = File.ReadAllBytes(Path.Combine(report, file));
                Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{file} is not a PNG");
            }

            Assert.Contains($"The 5 most confident {head} errors", html);
        }

        // Every per-class row of every head is in the page, with the figures the text report prints.
        var json = CliProcess.Run(null, "evaluate", "--data", Holdout, "--model", RepoPaths.FastModel, "--json");
        foreach (var head in JsonDocument.Parse(json.StdOut).RootElement.GetProperty("heads").EnumerateArray())
        {
            Assert.Contains($"{head.GetProperty("head").GetString()}: accuracy {head.GetProperty("accuracy").GetDouble():0.000}, macro-F1 {head.GetProperty("macroF1").GetDouble():0.000}", html);
        }

        // The shipped bundles were trained before training curves were recorded.
        Assert.Contains("Training curve: not recorded", html);
        var references = SourceOrLink().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("figures/", r, StringComparison.Ordinal));
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Predictions_have_one_line_per_row_in_input_order()
    {
        var data = Path.Combine(Holdout, "env-01.csv");
        var predictions = Path.Combine(_dir.FullName, "out", "predictions.jsonl");
        var run = CliProcess.Run(null, "evaluate", "--data", data, "--model", RepoPaths.FastModel, "--predictions", predictions);
        Assert.True(run.ExitCode == 0, run.StdErr);

        var ids = new Training.Data.TrainingDataReader().Read([data]).Articles.Select(a => a.Id).ToArray();
        var lines = File.ReadAllLines(predictions);
        Assert.Equal(ids.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var row = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(ids[i], row.GetProperty("id").GetString());
            Assert.Equal("environment", row.GetProperty("gold").GetProperty("topic").GetString());
            var predicted = row.GetProperty("predicted");
            Assert.Equal(11, predicted.GetProperty("topicScores").GetArrayLength());
            Assert.Equal(7, predicted.GetProperty("regionScores").GetArrayLength());
            Assert.Equal(5, predicted.GetProperty("toneScores").GetArrayLength());
            Assert.Equal(predicted.GetProperty("topic").GetString() == "environment", row.GetProperty("correct").GetProperty("topic").GetBoolean());
        }
    }

    [Fact]
    public void Compare_puts_two_bundles_side_by_side_with_per_class_differences()
    {
        var data = Path.Combine(Holdout, "env-01.csv");
        var report = Path.Combine(_dir.FullName, "compare");
        var run = CliProcess.Run(null, "evaluate", "--data", data, "--compare", RepoPaths.FastModel, RepoPaths.FastModel, "--json", "--report", report);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var html = File.ReadAllText(Path.Combine(report, "index.html"));
        Assert.Contains("<h2>Comparison: fast against fast</h2>", html);
        Assert.True(File.Exists(Path.Combine(report, "figures", "compare-topic.png")));

        var root = JsonDocument.Parse(run.StdOut).RootElement;
        var heads = root.GetProperty("heads").EnumerateArray().ToArray();
        Assert.Equal(["region", "topic", "tone", "coarse tone"], heads.Select(h => h.GetProperty("head").GetString()));
        // The same bundle twice: every difference is zero, and both sides carry the real figures.
        Assert.All(heads.SelectMany(h => h.GetProperty("classes").EnumerateArray()), c => Assert.Equal(0, c.GetProperty("difference").GetDouble()));
        var topic = heads[1].GetProperty("macroF1");
        Assert.True(topic.GetProperty("a").GetDouble() > 0);

        var both = CliProcess.Run(null, "evaluate", "--data", data, "--compare", RepoPaths.FastModel, RepoPaths.FastModel, "--model", RepoPaths.FastModel);
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("not both", both.StdErr);
    }

    [GeneratedRegex("(?:src|href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SourceOrLink();
}
