using Classifier.Cli.Tests.Support;

namespace Classifier.Cli.Tests;

public class ExitCodeTests
{
    [Theory]
    [InlineData("--test-fraction must be above 0 and below 1.", "split", "--data", "x.csv", "--train-out", "a.csv", "--test-out", "b.csv", "--test-fraction", "1.5")]
    [InlineData("--test-fraction must be above 0 and below 1.", "split", "--data", "x.csv", "--train-out", "a.csv", "--test-out", "b.csv", "--test-fraction", "0")]
    [InlineData("--validation must be above 0 and below 1.", "train", "--data", "x.csv", "--out", "bundle", "--validation", "0")]
    [InlineData("--max-record-bytes must be between 1024 and 1073741824.", "score", "--max-record-bytes", "10")]
    public void An_option_value_out_of_range_is_a_parse_error_with_exit_code_1_and_one_line(string expected, params string[] args)
    {
        var run = InProcessCli.Run(InProcessCli.NoInput, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(expected, run.StdErr.Trim());
        Assert.Equal("", run.StdOut); // no help page after the message
    }

    [Fact]
    public void An_io_exception_maps_to_2_an_access_error_to_2_anything_else_to_70()
    {
        using var error = new StringWriter();

        Assert.Equal(ExitCodes.InvalidInput, FailureExit.Report(new IOException("disk full"), error));
        Assert.Equal(ExitCodes.InvalidInput, FailureExit.Report(new UnauthorizedAccessException("denied"), error));
        Assert.Equal(ExitCodes.Internal, FailureExit.Report(new NullReferenceException("oops\nsecond line"), error));
        Assert.Equal(ExitCodes.BrokenPipe, FailureExit.Report(new IOException("Broken pipe", 32), error));
        Assert.Equal(
            ["error: disk full", "error: denied", "internal error (NullReferenceException): oops second line", "error: the output was closed before every result was written (broken pipe)."],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }
}
