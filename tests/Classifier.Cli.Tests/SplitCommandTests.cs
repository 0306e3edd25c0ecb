using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

public sealed class SplitCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("split-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void The_same_file_for_both_outputs_is_refused_before_reading()
    {
        var missing = Path.Combine(_dir.FullName, "not-there.csv"); // reading it would fail differently
        var output = Path.Combine(_dir.FullName, "out.csv");

        var run = InProcessCli.Run(InProcessCli.NoInput, "split", "--data", missing, "--train-out", output, "--test-out", Path.Combine(_dir.FullName, ".", "out.csv"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--train-out and --test-out are the same file", run.StdErr);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("--train-out")]
    [InlineData("--test-out")]
    public void An_output_that_is_an_input_is_refused_and_the_input_left_alone(string which)
    {
        var input = Path.Combine(_dir.FullName, "data.csv");
        File.WriteAllText(input, "precious");
        var other = Path.Combine(_dir.FullName, "other.csv");
        string[] outputs = which == "--train-out" ? ["--train-out", input, "--test-out", other] : ["--train-out", other, "--test-out", input];

        var run = InProcessCli.Run(InProcessCli.NoInput, ["split", "--data", input, .. outputs]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"{which} {input} is also an input", run.StdErr);
        Assert.Equal("precious", File.ReadAllText(input));
        Assert.False(File.Exists(other));
    }

    [Fact]
    public void An_output_that_is_a_link_to_an_input_is_refused()
    {
        var input = Path.Combine(_dir.FullName, "data.csv");
        File.WriteAllText(input, "precious");
        var link = Path.Combine(_dir.FullName, "link.csv");
        File.CreateSymbolicLink(link, input);

        var run = InProcessCli.Run(InProcessCli.NoInput, "split", "--data", input, "--train-out", link, "--test-out", Path.Combine(_dir.FullName, "t.csv"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("is also an input", run.StdErr);
        Assert.Equal("precious", File.ReadAllText(input));
    }
}
