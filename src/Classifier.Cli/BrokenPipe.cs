namespace Classifier.Cli;

/// <summary>Recognises a write to a pipe whose reader has gone (<c>classifier score | head</c>). .NET ignores SIGPIPE,
/// so the write fails with an <see cref="IOException"/> carrying the OS error instead.</summary>
public static class BrokenPipe
{
    private const int Epipe = 32; // Linux and macOS
    private const int ErrorBrokenPipe = 109; // Windows
    private const int ErrorNoData = 232; // Windows: the pipe is being closed

    public static bool Is(Exception e) =>
        e is IOException { HResult: var code } && (code == Epipe || (code & 0xFFFF) is ErrorBrokenPipe or ErrorNoData)
        || e.InnerException is { } inner && Is(inner);
}
