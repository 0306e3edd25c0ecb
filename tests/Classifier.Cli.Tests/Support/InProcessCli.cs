using System.Text;

namespace Classifier.Cli.Tests.Support;

/// <summary>Runs a command line through <see cref="Program.Run"/> in this process, with the given bytes as stdin and
/// stdout and stderr captured: the program minus the process start, for every test where the process boundary
/// itself is not the point.</summary>
internal static class InProcessCli
{
    /// <summary>No stdin (a terminal, as far as the command can tell).</summary>
    public const string? NoInput = null;

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string? stdin, params string[] args) =>
        Run(stdin is null ? null : Encoding.UTF8.GetBytes(stdin), args);

    public static Result Run(byte[]? stdin, params string[] args) =>
        Run(stdin is null ? null : () => new MemoryStream(stdin, writable: false), args);

    public static Result Run(Func<Stream>? stdin, params string[] args)
    {
        var stdoutBytes = new MemoryStream();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole
        {
            Out = stdout,
            Error = stderr,
            OpenInput = stdin ?? (() => new MemoryStream([], writable: false)),
            OpenOutput = () => stdoutBytes,
            IsInputRedirected = stdin is not null,
        };

        var code = Program.Run(args, console);
        // score writes bytes, the other commands text; a command does one or the other.
        return new Result(code, stdout + Encoding.UTF8.GetString(stdoutBytes.ToArray()), stderr.ToString());
    }
}
