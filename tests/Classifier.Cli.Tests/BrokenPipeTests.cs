using System.Text.Json;
using Classifier.Cli.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

/// <summary>A real process, because the point is the OS pipe: <c>classifier score | head -c 100</c>.</summary>
public class BrokenPipeTests
{
    [Fact]
    public async Task Score_stops_reading_and_exits_141_when_its_stdout_reader_goes_away()
    {
        using var process = CliProcess.Start("score", "--model", RepoPaths.FastModel);
        var stderr = process.StandardError.ReadToEndAsync();
        var record = JsonSerializer.Serialize(new { id = "n", text = "Government troops shelled a rebel-held town in northern Ethiopia, killing 20 civilians." });
        // Fed until the process stops taking input: an endless stream, as from tail -f.
        var feeding = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    await process.StandardInput.WriteLineAsync(record);
                }
            }
            catch (IOException)
            {
                // The process has exited and closed its stdin.
            }
        });
        var head = new char[100];
        await process.StandardOutput.ReadBlockAsync(head);
        process.StandardOutput.Close(); // the reader exits, as head does

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token); // although its input never ends
        await feeding.WaitAsync(timeout.Token);

        Assert.Equal(141, process.ExitCode);
        var errors = await stderr;
        Assert.Contains("broken pipe", errors);
        Assert.DoesNotContain("scored", errors);
        Assert.DoesNotContain("   at ", errors); // no stack trace
    }
}
