using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Cli.Input;
using Classifier.Explanations;
using Classifier.Scoring;
using Classifier.Wire;
using Spectre.Console;

namespace Classifier.Cli.Commands;

/// <summary>explain: why one article got its classification. Takes the same input as predict.</summary>
public static class ExplainCommand
{
    public static Option<int> CreateTopOption() => new("--top")
    {
        Description = "Features listed per head: those that most favour the chosen class over the runner-up.",
        DefaultValueFactory = _ => ArticleExplainer.DefaultTopFeatures,
    };

    public static Command Create(CliConsole console)
    {
        var input = new ArticleInputOptions();
        var (text, file, title) = (input.Text, input.File, input.Title);
        var json = new Option<bool>("--json") { Description = "Print the explanation as JSON instead of tables." };
        var top = CreateTopOption();
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1000)
            {
                r.AddError("--top must be 0 to 1000.");
            }
        });
        var model = ModelLoader.CreateOption();
        var command = new Command("explain",
            "Explain a classification: per head, the features that pushed the chosen class up and the runner-up down, "
            + "with their contributions to the score; the countries found, with zone, salience and region; the calibrated confidence.")
        {
            text, file, title, json, top, model,
        };
        command.SetAction(result => PredictCommand.Run(
            console, result.GetValue(text), result.GetValue(file), result.GetValue(title), result.GetValue(json), result.GetValue(model),
            explainTop: result.GetValue(top)));
        return command;
    }

    /// <summary>Explains the article and prints the explanation (JSON or tables) to stdout.</summary>
    public static void Print(CliConsole cli, NewsClassifier classifier, Article article, bool json, int top)
    {
        var explanation = new ArticleExplainer(classifier).Explain(article, top);
        if (json)
        {
            cli.Out.WriteLine(JsonSerializer.Serialize(explanation, JsonOutput.Indented));
            return;
        }

        var console = cli.Ansi;
        var result = explanation.Result;
        console.MarkupLine($"[bold]{Markup.Escape(result.Label)}[/] in [bold]{Markup.Escape(result.Region)}[/]"
            + (result.Countries.Count > 0 ? $" ({Markup.Escape(string.Join(", ", result.Countries))})" : ""));
        console.WriteLine();
        foreach (var head in explanation.Heads)
        {
            PrintHead(console, head);
        }

        PrintCountries(console, explanation.Countries);
    }

    private static void PrintHead(IAnsiConsole console, HeadExplanation head)
    {
        var chosen = head.Chosen;
        var runnerUp = head.RunnerUp;
        console.MarkupLine($"[bold]{head.Head}[/]: [bold]{Markup.Escape(chosen.Class)}[/] {P(chosen.Probability)}"
            + (runnerUp is not null ? $", runner-up {Markup.Escape(runnerUp.Class)} {P(runnerUp.Probability)}" : "")
            + $" [dim](calibrated, temperature {head.Temperature.ToString("0.###", CultureInfo.InvariantCulture)})[/]");
        if (head.Note is not null)
        {
            console.MarkupLine($"  [dim]{Markup.Escape(head.Note)}[/]");
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("feature").AddColumn("kind").AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape($"→ {chosen.Class}")).RightAligned());
        if (runnerUp is not null)
        {
            table.AddColumn(new TableColumn(Markup.Escape($"→ {runnerUp.Class}")).RightAligned());
        }

        void Row(string feature, string kind, string value, double? toChosen, double? toRunnerUp, bool bold = false)
        {
            var cells = new List<string> { Markup.Escape(feature), kind, value, C(toChosen) };
            if (runnerUp is not null)
            {
                cells.Add(C(toRunnerUp));
            }

            table.AddRow([.. cells.Select(c => bold ? $"[bold]{c}[/]" : c)]);
        }

        foreach (var f in head.Features)
        {
            Row(f.Feature, f.Kind, f.Value.ToString("0.###", CultureInfo.InvariantCulture), f.ToChosen, f.ToRunnerUp);
        }

        if (chosen.Encoder is not null)
        {
            Row("sentence encoder (all dimensions)", "encoder", "", chosen.Encoder, runnerUp?.Encoder);
        }

        Row($"{chosen.OtherFeatureCount} other features", "", "", chosen.OtherFeatures, runnerUp?.OtherFeatures);
        Row("bias", "", "", chosen.Bias, runnerUp?.Bias);
        Row("score (logit)", "", "", chosen.Score, runnerUp?.Score, bold: true);
        console.Write(table);
        console.WriteLine();
    }

    private static void PrintCountries(IAnsiConsole console, IReadOnlyList<CountryEvidence> countries)
    {
        if (countries.Count == 0)
        {
            console.MarkupLine("[bold]countries[/]: none detected");
            return;
        }

        console.MarkupLine("[bold]countries[/] (salience: title 3, dateline 2, lead 1.5, plus repetition; relative to the top one)");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("country").AddColumn(new TableColumn("salience").RightAligned()).AddColumn("region").AddColumn("listed").AddColumn("found as");
        foreach (var c in countries)
        {
            var phrases = string.Join(", ", c.Phrases.GroupBy(p => (p.Zone, p.Text)).Select(g => $"{g.Key.Zone}: {g.Key.Text}" + (g.Count() > 1 ? $" ×{g.Count()}" : "")));
            table.AddRow(c.Iso3, c.Salience.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(c.Region ?? "-"), c.Listed ? "yes" : "no", Markup.Escape(phrases));
        }

        console.Write(table);
    }

    private static string P(double probability) => probability.ToString("0.00", CultureInfo.InvariantCulture);

    private static string C(double? contribution) => contribution is { } c ? c.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "";
}
