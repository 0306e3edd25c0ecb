using Spectre.Console;

namespace Classifier.Cli;

/// <summary>The process's standard streams as the commands see them, so that a test can run a command in-process with
/// its own input and capture what it writes, the way System.CommandLine and Spectre.Console test their own commands.</summary>
public sealed class CliConsole
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Opens stdin as bytes (score reads records from it; predict reads an article).</summary>
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>Opens stdout as bytes, for score's output stream. Write either to this or to <see cref="Out"/>.</summary>
    public required Func<Stream> OpenOutput { get; init; }

    /// <summary>Whether stdin is a pipe or a file rather than a terminal a user would have to type into.</summary>
    public bool IsInputRedirected { get; init; }

    /// <summary>Tables and markup, written to <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi => _ansi ??= Out == Console.Out
        ? AnsiConsole.Console
        : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

    private IAnsiConsole? _ansi;

    public static CliConsole System { get; } = new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OpenInput = Console.OpenStandardInput,
        OpenOutput = StandardOutput.Open,
        IsInputRedirected = Console.IsInputRedirected,
    };
}
