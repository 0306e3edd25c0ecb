using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

public class PredictCommandTests
{
    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        var run = InProcessCli.Run(InProcessCli.NoInput, "predict", "--json", "--model", RepoPaths.ShippedModel,
            "--title", "Army shells rebel town", "Government troops shelled a rebel-held town, killing at least 20 people, witnesses said.");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        foreach (var field in new[] { "label", "region", "regions", "regionScores", "countries", "topic", "topicScores", "tone", "toneClass", "toneScores" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing '{field}' in {run.StdOut}");
        }

        Assert.Equal("conflictual", root.GetProperty("tone").GetString());
    }

    [Fact]
    public void Table_output_reads_from_stdin_and_shows_the_label()
    {
        var run = InProcessCli.Run("Ministers agree to boost trade\nThe foreign ministers of India and Japan agreed in Tokyo to expand trade and investment.\n",
            "predict", "--model", RepoPaths.ShippedModel);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("label", run.StdOut);
        Assert.Contains("cooperative", run.StdOut);
    }

    [Fact]
    public void Empty_article_is_an_input_error()
    {
        var run = InProcessCli.Run("   \n", "predict", "--model", RepoPaths.FastModel);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty", run.StdErr);
    }

    [Fact]
    public void A_headline_without_body_is_classified_on_the_headline()
    {
        var run = InProcessCli.Run(InProcessCli.NoInput, "predict", "--json", "--model", RepoPaths.FastModel,
            "--title", "Army shells rebel-held town in Ethiopia, killing 20", "");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.StdOut).RootElement;
        Assert.Contains("ETH", root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }
}
