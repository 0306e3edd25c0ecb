using System.CommandLine;
using Classifier.Training.Lexicons;

namespace Classifier.Cli.Commands;

/// <summary>lexicon: regenerate data/lexicons/cameo-verbs.tsv from the PETRARCH2 verb dictionary.</summary>
public static class LexiconCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared")
        {
            Description = "The shared folder holding corpora/petrarch2/CAMEO.2.0.txt and corpora/cameo-codebook/CAMEO.goldsteinscale.txt.",
            DefaultValueFactory = _ => "../shared",
            HelpName = "DIR",
        };
        var output = new Option<string>("--out", "-o") { Description = "Lexicon file to write.", DefaultValueFactory = _ => "data/lexicons/cameo-verbs.tsv" };
        var command = new Command("lexicon", "Rebuild the CAMEO verb lexicon used by the tone features.") { shared, output };
        command.SetAction(r =>
        {
            var root = Path.Combine(r.GetValue(shared)!, "corpora");
            var verbs = Path.Combine(root, "petrarch2", "CAMEO.2.0.txt");
            var goldstein = Path.Combine(root, "cameo-codebook", "CAMEO.goldsteinscale.txt");
            foreach (var path in new[] { verbs, goldstein })
            {
                if (!File.Exists(path))
                {
                    Console.Error.WriteLine($"error: {path}: no such file.");
                    return ExitCodes.InvalidInput;
                }
            }

            var dictionary = CameoVerbDictionaryParser.Parse(verbs);
            CameoLexiconWriter.Write(r.GetValue(output)!, dictionary, CameoLexiconWriter.ReadGoldstein(goldstein));
            Console.Error.WriteLine($"wrote {r.GetValue(output)}: {dictionary.Families.Count} verb families, "
                + $"{dictionary.Families.Sum(f => f.Forms.Count)} forms, {dictionary.Families.Sum(f => f.Patterns.Count)} patterns");
            return ExitCodes.Success;
        });
        return command;
    }
}
