using System.Globalization;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Cli.Output;

/// <summary>Prints per-head reports as tables: metrics per class, then the confusion matrix.</summary>
public static class ReportPrinter
{
    public static void Print(IAnsiConsole console, ClassificationReport report, string title)
    {
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]: {report.Rows} rows, accuracy [bold]{F(report.Accuracy)}[/], macro-F1 [bold]{F(report.MacroF1)}[/]"
            + (report.ExpectedCalibrationError is { } ece ? $", ECE {F(ece)}" : "")
            + (report.Abstained > 0 ? $", {report.Abstained} abstained (unknown)" : ""));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("class").AddColumn(new TableColumn("precision").RightAligned())
            .AddColumn(new TableColumn("recall").RightAligned()).AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn(new TableColumn("support").RightAligned());
        foreach (var c in report.PerClass)
        {
            table.AddRow(Markup.Escape(c.Id), F(c.Precision), F(c.Recall), F(c.F1), c.Support.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        // Abbreviated on both axes so an 11-class matrix fits an 80-column terminal; the legend spells them out.
        var names = ClassAbbreviations.For(report.Classes);
        var confusion = new Table().Border(TableBorder.Simple).AddColumn("gold");
        foreach (var name in names)
        {
            confusion.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        for (var i = 0; i < report.Classes.Count; i++)
        {
            confusion.AddRow([Markup.Escape(names[i]), .. report.Confusion[i].Select(v => v.ToString(CultureInfo.InvariantCulture))]);
        }

        console.Write(confusion);
        console.MarkupLine("[dim]" + Markup.Escape(string.Join(", ", report.Classes.Select((c, i) => $"{names[i]} = {c}"))) + "[/]");
        console.WriteLine();
    }

    public static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
