using System.Text.Json;
using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

public sealed class TrainEvaluateCommandTests : IDisposable
{
    private const string Header = "id,title,text,regions,countries,topic,tone,source";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("train-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Tone_only_data_trains_a_tone_only_bundle_that_evaluate_reads()
    {
        var data = WriteToneData();
        var bundle = Path.Combine(_dir.FullName, "bundle");
        var train = InProcessCli.Run(InProcessCli.NoInput, "train", "--data", data, "--out", bundle, "--selection", "None", "--validation", "0.25");
        Assert.True(train.ExitCode == 0, train.StdErr + train.StdOut);
        Assert.Contains("region: no labelled rows in the data; head skipped", train.StdErr);
        Assert.Contains("topic: no labelled rows in the data; head skipped", train.StdErr);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "manifest.json"))).RootElement;
        Assert.Equal(["tone"], manifest.GetProperty("heads").EnumerateObject().Select(p => p.Name));

        // evaluate still writes to the process console, so it runs as a process.
        var evaluate = CliProcess.Run(null, "evaluate", "--data", data, "--model", bundle, "--json");
        Assert.True(evaluate.ExitCode == 0, evaluate.StdErr);
        var report = JsonDocument.Parse(evaluate.StdOut).RootElement;
        var tone = report.GetProperty("heads").EnumerateArray().Single();
        Assert.Equal("tone", tone.GetProperty("head").GetString());
        Assert.Equal(24, tone.GetProperty("rows").GetInt32());
    }

    [Fact]
    public void A_forced_featurizer_and_trainer_are_the_only_pipeline_tried_and_are_recorded()
    {
        var data = WriteToneData();
        var bundle = Path.Combine(_dir.FullName, "forced");

        var train = InProcessCli.Run(InProcessCli.NoInput, "train", "--data", data, "--out", bundle, "--validation", "0.25",
            "--trainer", "LbfgsMaximumEntropy", "--featurizer", "WORD1 tfidf");

        Assert.True(train.ExitCode == 0, train.StdErr + train.StdOut);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "manifest.json"))).RootElement;
        var tone = manifest.GetProperty("heads").GetProperty("tone");
        Assert.Equal("word1 tfidf", tone.GetProperty("featurizer").GetString());
        Assert.Equal("LbfgsMaximumEntropy", tone.GetProperty("trainer").GetString());
        var tried = Assert.Single(tone.GetProperty("candidates").EnumerateArray());
        Assert.Equal("word1 tfidf", tried.GetProperty("featurizer").GetString());
        Assert.Equal("word1 tfidf", manifest.GetProperty("options").GetProperty("featurizer").GetString());
    }

    [Fact]
    public void An_unknown_featurizer_is_a_usage_error_that_lists_the_valid_ones()
    {
        var run = InProcessCli.Run(InProcessCli.NoInput, "train", "--data", WriteToneData(), "--out", Path.Combine(_dir.FullName, "x"), "--featurizer", "bert");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown featurizer 'bert'", run.StdErr);
        Assert.Contains("'word1-2 tfidf'", run.StdErr);
    }

    [Fact]
    public void Invalid_training_data_stops_with_file_and_line()
    {
        var data = Path.Combine(_dir.FullName, "bad.csv");
        File.WriteAllLines(data, [Header, "x1,T,Good text.,,,,neutral,test", "x2,T,Bad topic here.,,,weather,,test"]);
        var run = InProcessCli.Run(InProcessCli.NoInput, "train", "--data", data, "--out", Path.Combine(_dir.FullName, "b"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{data}:3: record 'x2': unknown topic 'weather'", run.StdErr);
    }

    private string WriteToneData()
    {
        var data = Path.Combine(_dir.FullName, "tone.csv");
        var rows = new List<string> { Header };
        string[] coop = ["agreed to cooperate", "signed a friendship pact", "praised the talks", "pledged closer ties"];
        string[] conflict = ["accused the government", "threatened sanctions", "condemned the raid", "rejected the demand"];
        for (var i = 0; i < 24; i++)
        {
            var phrase = i % 2 == 0 ? coop[i / 2 % 4] : conflict[i / 2 % 4];
            var label = i % 2 == 0 ? "verbal-cooperation" : "verbal-conflict";
            rows.Add($"t{i},,The minister {phrase} on day {i}.,,,,{label},test");
        }

        File.WriteAllLines(data, rows);
        return data;
    }
}
