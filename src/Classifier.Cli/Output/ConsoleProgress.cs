using System.Diagnostics;

namespace Classifier.Cli.Output;

/// <summary>Progress lines on stderr with the elapsed time, written synchronously so they stay in order
/// (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
public sealed class ConsoleProgress : IProgress<string>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter _writer;
    private readonly Lock _gate = new();

    public ConsoleProgress(TextWriter? writer = null) => _writer = writer ?? Console.Error;

    public void Report(string value)
    {
        lock (_gate)
        {
            _writer.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {value}");
        }
    }
}
