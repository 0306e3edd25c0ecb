namespace Classifier.Cli;

/// <summary>Maps an exception that escaped a command to its exit code and one line on stderr (no stack trace: the
/// user can act on the message, and a bug report needs only the type and the message).</summary>
public static class FailureExit
{
    public static int Report(Exception e, TextWriter error)
    {
        var (code, line) = e switch
        {
            _ when BrokenPipe.Is(e) => (ExitCodes.BrokenPipe, "error: the output was closed before every result was written (broken pipe)."),
            IOException or UnauthorizedAccessException => (ExitCodes.InvalidInput, $"error: {OneLine(e.Message)}"),
            _ => (ExitCodes.Internal, $"internal error ({e.GetType().Name}): {OneLine(e.Message)}"),
        };
        try
        {
            error.WriteLine(line);
        }
        catch (IOException)
        {
            // stderr is gone too: the exit code is all that is left to say it.
        }

        return code;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
