using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

public class ExplainCommandTests
{
    private const string Title = "Army shells rebel-held town";
    private const string Text = "ADDIS ABABA, May 3 - Government troops shelled a rebel-held town in northern Ethiopia on Tuesday, killing at least 20 civilians, witnesses said.";

    [Fact]
    public void Json_explains_every_head_and_the_countries_and_agrees_with_predict()
    {
        var run = CliProcess.Run(null, "explain", "--json", "--top", "5", "--model", RepoPaths.FastModel, "--title", Title, Text);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        var heads = root.GetProperty("heads").EnumerateArray().ToArray();
        Assert.Equal(["region", "topic", "tone"], heads.Select(h => h.GetProperty("head").GetString()));
        Assert.All(heads, h => Assert.Equal(5, h.GetProperty("features").GetArrayLength()));
        var eth = root.GetProperty("countries").EnumerateArray().First();
        Assert.Equal("ETH", eth.GetProperty("iso3").GetString());
        Assert.Equal("sub-saharan-africa", eth.GetProperty("region").GetString());
        Assert.Contains(eth.GetProperty("phrases").EnumerateArray(), p => p.GetProperty("zone").GetString() == "dateline");

        var predict = CliProcess.Run(null, "predict", "--json", "--model", RepoPaths.FastModel, "--title", Title, Text);
        var label = JsonDocument.Parse(predict.StdOut).RootElement.GetProperty("label").GetString();
        Assert.Equal(label, root.GetProperty("result").GetProperty("label").GetString());
    }

    [Fact]
    public void Predict_explain_reads_stdin_and_prints_the_tables()
    {
        var run = CliProcess.Run($"{Title}\n{Text}\n", "predict", "--explain", "--model", RepoPaths.FastModel);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("score (logit)", run.StdOut);
        Assert.Contains("runner-up", run.StdOut);
        Assert.Contains("dateline: ADDIS ABABA", run.StdOut);
    }

    [Fact]
    public void An_empty_article_is_refused_like_predict_refuses_it()
    {
        var run = CliProcess.Run("   \n", "explain", "--model", RepoPaths.FastModel);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the article is empty", run.StdErr);
    }
}
