using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

public class EngineOptionTests
{
    private const string Text = "Government troops shelled a rebel-held town in northern Ethiopia, killing at least 20 civilians.";

    [Fact]
    public void Compiled_and_mlnet_engines_give_the_same_answer()
    {
        var compiled = CliProcess.Run(null, "predict", "--json", "--model", RepoPaths.FastModel, "--engine", "compiled", Text);
        var mlnet = CliProcess.Run(null, "predict", "--json", "--model", RepoPaths.FastModel, "--engine", "mlnet", Text);
        Assert.Equal(0, compiled.ExitCode);
        Assert.Equal(0, mlnet.ExitCode);
        var a = JsonDocument.Parse(compiled.StdOut).RootElement;
        var b = JsonDocument.Parse(mlnet.StdOut).RootElement;
        foreach (var field in new[] { "label", "region", "topic", "toneClass" })
        {
            Assert.Equal(b.GetProperty(field).GetString(), a.GetProperty(field).GetString());
        }

        Assert.Equal(
            b.GetProperty("topicScores")[0].GetProperty("score").GetSingle(),
            a.GetProperty("topicScores")[0].GetProperty("score").GetSingle(),
            1e-5f);
    }

    [Fact]
    public void An_unknown_engine_is_refused_with_the_valid_names()
    {
        var run = CliProcess.Run(null, "predict", "--model", RepoPaths.FastModel, "--engine", "fasttext", Text);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("expected compiled or mlnet", run.StdErr + run.StdOut);
    }
}
