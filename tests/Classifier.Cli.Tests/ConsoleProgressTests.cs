using Classifier.Cli.Output;
using Classifier.Cli.Tests.Support;
using Classifier.Progress;
using Classifier.Tests.Shared;

namespace Classifier.Cli.Tests;

public sealed class ConsoleProgressTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("progress-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Without_a_terminal_counted_work_is_a_plain_line_with_rate_and_eta_at_most_every_interval()
    {
        var writer = new StringWriter();
        var clock = new ManualClock();
        using var progress = new ConsoleProgress(writer, interactive: false, clock);

        progress.Report(new WorkProgress("scoring", 10, 100, "articles"));
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Report(new WorkProgress("scoring", 20, 100, "articles"));
        progress.Report("a message");
        clock.Advance(TimeSpan.FromSeconds(4));
        progress.Report(new WorkProgress("scoring", 40, 100, "articles"));
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report(new WorkProgress("scoring", 100, 100, "articles"));
        progress.Report(new WorkProgress("scoring", 100, 100, "articles"));

        Assert.Equal(
        [
            "[00:00] scoring: 10/100 articles (10%)",
            "[00:02] a message",
            // 30 articles in the 6 s since the first report: 5 a second, 60 to go.
            "[00:06] scoring: 40/100 articles (40%), 5.0 articles/s, ETA 00:00:12",
            "[00:07] scoring: 100/100 articles (100%), 12.9 articles/s",
        ], writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Work_without_a_known_end_has_a_count_and_a_rate()
    {
        var writer = new StringWriter();
        var clock = new ManualClock();
        using var progress = new ConsoleProgress(writer, interactive: false, clock);

        progress.Report(new WorkProgress("importing", 0, null, "records"));
        clock.Advance(TimeSpan.FromSeconds(10));
        progress.Report(new WorkProgress("importing", 420, null, "records"));

        Assert.EndsWith("[00:10] importing: 420 records, 42.0 records/s", writer.ToString().TrimEnd());
    }

    [Fact]
    public void Score_on_a_file_reports_progress_on_stderr_and_only_records_on_stdout()
    {
        var input = Path.Combine(_dir.FullName, "in.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 30).Select(i => $"{{\"id\":\"r{i}\",\"text\":\"Floods in Bangladesh killed {i} people.\"}}"));

        var run = CliProcess.Run(null, "score", "--input", input, "--model", RepoPaths.FastModel);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(30, run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(run.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("{\"id\":\"r", l));
        Assert.Matches(@"\] scoring: \d+/\d+ KB of input \(100%\)", run.StdErr);
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
