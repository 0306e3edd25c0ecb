using System.CommandLine;
using Classifier.Cli.Commands;

namespace Classifier.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Classifier: tags news articles by region, topic and tone (\"cooperative diplomacy\" in \"middle-east-north-africa\").")
        {
            PredictCommand.Create(),
            ExplainCommand.Create(),
            ScoreCommand.Create(),
            WorkerCommand.Create(),
            ServeCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
            CorpusCommand.Create(),
            LexiconCommand.Create(),
            SplitCommand.Create(),
            GazetteerCommand.Create(),
            ImportCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e}");
            return ExitCodes.Internal;
        }
    }
}
