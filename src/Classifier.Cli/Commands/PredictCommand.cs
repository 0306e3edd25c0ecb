using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Cli.Input;
using Classifier.Cli.Output;
using Classifier.Scoring.Compiled;
using Classifier.Wire;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary>predict: classify one article given as an argument, a file or stdin.</summary>
public static class PredictCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new ArticleInputOptions();
        var (text, file, title) = (input.Text, input.File, input.Title);
        var json = new Option<bool>("--json") { Description = "Print the result as JSON instead of a table." };
        var explain = new Option<bool>("--explain") { Description = "Explain the result, as the explain command does." };
        var top = ExplainCommand.CreateTopOption();
        var model = ModelLoader.CreateOption();
        var engine = ModelLoader.CreateEngineOption();
        var command = new Command("predict", "Classify one article: label, region, countries, topic and tone.")
        {
            text, file, title, json, explain, top, model, engine,
        };
        command.SetAction(result => Run(
            console, result.GetValue(text), result.GetValue(file), result.GetValue(title), result.GetValue(json), result.GetValue(model),
            result.GetValue(explain) ? result.GetValue(top) : null, result.GetValue(engine)));
        return command;
    }

    /// <param name="explainTop">When set, explain the result listing this many features per head (explain, predict --explain).</param>
    internal static int Run(CliConsole console, string? text, FileInfo? file, string? title, bool json, string? modelPath, int? explainTop = null, ScoringEngine engine = ScoringEngine.Compiled)
    {
        string content;
        if (text is not null && file is not null)
        {
            console.Error.WriteLine("error: give the article as TEXT or --file, not both.");
            return ExitCodes.Usage;
        }

        if (file is not null)
        {
            if (!file.Exists)
            {
                console.Error.WriteLine($"error: {file.FullName}: no such file.");
                return ExitCodes.InvalidInput;
            }

            content = File.ReadAllText(file.FullName);
        }
        else if (text is not null)
        {
            content = text;
        }
        else if (console.IsInputRedirected)
        {
            using var stdin = new StreamReader(console.OpenInput(), System.Text.Encoding.UTF8);
            content = stdin.ReadToEnd();
        }
        else
        {
            console.Error.WriteLine("error: no article: give TEXT, --file FILE, or pipe the article to stdin.");
            return ExitCodes.Usage;
        }

        var article = text is not null ? new Article(null, title ?? "", text) : ArticleTextReader.Parse(content, title);
        if (string.IsNullOrWhiteSpace(article.Text) && string.IsNullOrWhiteSpace(article.Title))
        {
            console.Error.WriteLine($"error: {(file is not null ? file.FullName + ": " : "")}the article is empty (no title, no text).");
            return ExitCodes.InvalidInput;
        }

        var classifier = ModelLoader.TryLoad(modelPath, console.Error, engine);
        if (classifier is null)
        {
            return ExitCodes.ModelError;
        }

        if (explainTop is { } top)
        {
            ExplainCommand.Print(console, classifier, article, json, top);
            return ExitCodes.Success;
        }

        var result = classifier.Classify(article);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(result, JsonOutput.Indented));
        }
        else
        {
            PrintTable(console.Ansi, result);
        }

        return ExitCodes.Success;
    }

    private static void PrintTable(IAnsiConsole console, Classification result)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("field").AddColumn("value");
        table.AddRow("[bold]label[/]", $"[bold]{Markup.Escape(result.Label)}[/]");
        table.AddRow("region", Markup.Escape(result.Region));
        table.AddRow("regions", Markup.Escape(result.Regions.Count == 0 ? "-" : Scores(result.Regions)));
        table.AddRow("region head", Markup.Escape(Scores(result.RegionScores.Take(3))));
        table.AddRow("countries", Markup.Escape(result.Countries.Count == 0 ? "-" : string.Join(", ", result.Countries)));
        table.AddRow("topic", Markup.Escape(Scores(result.TopicScores.Take(3))));
        table.AddRow("tone", Markup.Escape($"{result.Tone} ({result.ToneClass})"));
        table.AddRow("tone classes", Markup.Escape(Scores(result.ToneScores)));
        console.Write(table);
    }

    private static string Scores(IEnumerable<LabelScore> scores) =>
        string.Join(", ", scores.Select(s => $"{s.Id} {s.Score.ToString("F2", CultureInfo.InvariantCulture)}"));
}
