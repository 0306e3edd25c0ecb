using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

/// <summary>train records a training curve per head: on by default for model selection, off for the fast path.</summary>
public sealed class TrainingCurveTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("training-curve-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Selection_records_the_curve_and_the_report_plots_it()
    {
        var data = WriteToneData();
        var bundle = Path.Combine(_dir.FullName, "quick");
        var train = CliProcess.Run(null, "train", "--data", data, "--out", bundle, "--validation", "0.25",
            "--trainer", "LbfgsMaximumEntropy", "--featurizer", "word1 tfidf");
        Assert.True(train.ExitCode == 0, train.StdErr);

        var curve = Curve(bundle);
        Assert.Equal([0.1, 0.25, 0.5, 1.0], curve.Select(p => p.GetProperty("fraction").GetDouble()));
        var rows = curve.Select(p => p.GetProperty("rows").GetInt32()).ToArray();
        Assert.Equal(rows.Order(), rows);
        Assert.Equal(30, rows[^1]);
        Assert.All(curve, p => Assert.InRange(p.GetProperty("macroF1").GetDouble(), 0, 1));
        // The last point is the selection's own fit on the whole training split.
        var validation = Manifest(bundle).GetProperty("heads").GetProperty("tone").GetProperty("validation").GetProperty("macroF1").GetDouble();
        Assert.Equal(Math.Round(validation, 4), curve[^1].GetProperty("macroF1").GetDouble());

        var report = Path.Combine(_dir.FullName, "report");
        var evaluate = CliProcess.Run(null, "evaluate", "--data", data, "--model", bundle, "--report", report);
        Assert.True(evaluate.ExitCode == 0, evaluate.StdErr);
        Assert.Contains("src=\"figures/training-curve.png\"", File.ReadAllText(Path.Combine(report, "index.html")));
        Assert.True(File.Exists(Path.Combine(report, "figures", "training-curve.png")));
    }

    [Fact]
    public void The_fast_path_skips_it_unless_asked()
    {
        var data = WriteToneData();
        var plain = Path.Combine(_dir.FullName, "none");
        Assert.Equal(0, CliProcess.Run(null, "train", "--data", data, "--out", plain, "--selection", "None", "--validation", "0.25").ExitCode);
        Assert.False(Manifest(plain).GetProperty("heads").GetProperty("tone").TryGetProperty("trainingCurve", out _));

        var asked = Path.Combine(_dir.FullName, "asked");
        var run = CliProcess.Run(null, "train", "--data", data, "--out", asked, "--selection", "None", "--validation", "0.25", "--training-curve");
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Equal(4, Curve(asked).Length);
    }

    private static JsonElement Manifest(string bundle) => JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "manifest.json"))).RootElement;

    private static JsonElement[] Curve(string bundle) =>
        [.. Manifest(bundle).GetProperty("heads").GetProperty("tone").GetProperty("trainingCurve").EnumerateArray()];

    private string WriteToneData()
    {
        var data = Path.Combine(_dir.FullName, "tone.csv");
        var rows = new List<string> { "id,title,text,regions,countries,topic,tone,source" };
        string[] coop = ["agreed to cooperate", "signed a friendship pact", "praised the talks", "pledged closer ties", "welcomed the accord"];
        string[] conflict = ["accused the government", "threatened sanctions", "condemned the raid", "rejected the demand", "denounced the move"];
        for (var i = 0; i < 40; i++)
        {
            var phrase = i % 2 == 0 ? coop[i / 2 % 5] : conflict[i / 2 % 5];
            var label = i % 2 == 0 ? "verbal-cooperation" : "verbal-conflict";
            rows.Add($"t{i},,The minister {phrase} on day {i}.,,,,{label},test");
        }

        File.WriteAllLines(data, rows);
        return data;
    }
}
