using System.CommandLine;
using System.CommandLine.Invocation;
using Classifier.Cli.Commands;

namespace Classifier.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, CliConsole.System);

    /// <summary>Runs one command line against the given console: what the process does, minus the process.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Classifier: tags news articles by region, topic and tone (\"cooperative diplomacy\" in \"middle-east-north-africa\").")
        {
            PredictCommand.Create(console),
            ExplainCommand.Create(console),
            ScoreCommand.Create(console),
            WorkerCommand.Create(),
            ServeCommand.Create(),
            TrainCommand.Create(console),
            EvaluateCommand.Create(),
            CorpusCommand.Create(),
            LexiconCommand.Create(),
            SplitCommand.Create(console),
            GazetteerCommand.Create(),
            ImportCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction parseError)
        {
            // A wrong command line gets its one-line reason, not the whole help page after it.
            parseError.ShowHelp = false;
        }

        // The default handler prints a stack trace and exits 1, which means "the command line is wrong"; a failure
        // while running is not that, and is mapped to its own code instead.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Out, Error = console.Error };
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception e)
        {
            return FailureExit.Report(e, console.Error);
        }
    }
}
