using System.CommandLine;
using Classifier.Training.Gazetteer;

namespace Classifier.Cli.Commands;

/// <summary>gazetteer: regenerate data/gazetteer/gazetteer.tsv from the shared country tables and the overrides.</summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared folder (or its corpora/ folder).", DefaultValueFactory = _ => "../shared", HelpName = "DIR" };
        var overrides = new Option<string>("--overrides") { Description = "Hand-written overrides.", DefaultValueFactory = _ => "data/gazetteer/overrides.tsv", HelpName = "FILE" };
        var output = new Option<string>("--out", "-o") { Description = "Gazetteer file to write.", DefaultValueFactory = _ => "data/gazetteer/gazetteer.tsv", HelpName = "FILE" };
        var command = new Command("gazetteer", "Rebuild the country gazetteer (names, demonyms, capitals, cities, metonyms) used by country detection.")
        {
            shared, overrides, output,
        };
        command.SetAction(r =>
        {
            if (!Directory.Exists(r.GetValue(shared)) || !File.Exists(r.GetValue(overrides)))
            {
                Console.Error.WriteLine($"error: need the shared folder ({r.GetValue(shared)}) and the overrides file ({r.GetValue(overrides)}).");
                return ExitCodes.InvalidInput;
            }

            var entries = GazetteerBuilder.Build(r.GetValue(shared)!, r.GetValue(overrides)!);
            GazetteerWriter.Write(entries, r.GetValue(output)!);
            Console.Error.WriteLine($"wrote {r.GetValue(output)}: {entries.Count} phrases; rebuild the library to embed it, then retrain.");
            return ExitCodes.Success;
        });
        return command;
    }
}
