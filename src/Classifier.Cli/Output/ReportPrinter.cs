using System.Globalization;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Cli.Output;

/// <summary>Prints per-head reports as tables: metrics per class, then the confusion matrix.</summary>
public static class ReportPrinter
{
    public static void Print(IAnsiConsole console, ClassificationReport report, string title)
    {
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]: {report.Rows} rows, accuracy [bold]{F(report.Accuracy)}[/], macro-F1 [bold]{F(report.MacroF1)}[/]");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("class").AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn(new TableColumn("support").RightAligned());
        foreach (var c in report.PerClass)
        {
            table.AddRow(Markup.Escape(c.Id), F(c.Precision), F(c.Recall), F(c.F1), c.Support.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var confusion = new Table().Border(TableBorder.Simple).AddColumn("gold \\ predicted");
        for (var j = 0; j < report.Classes.Count; j++)
        {
            confusion.AddColumn(new TableColumn(Abbreviate(report.Classes[j])).RightAligned());
        }

        for (var i = 0; i < report.Classes.Count; i++)
        {
            confusion.AddRow([Markup.Escape(report.Classes[i]), .. report.Confusion[i].Select(v => v.ToString(CultureInfo.InvariantCulture))]);
        }

        console.Write(confusion);
        console.WriteLine();
    }

    public static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    // Column headers of a confusion matrix must stay narrow: "middle-east-north-africa" becomes "m-e-n-a".
    private static string Abbreviate(string id) =>
        id.Contains('-') ? string.Join("-", id.Split('-').Select(p => p[..1])) : id[..Math.Min(id.Length, 8)];
}
