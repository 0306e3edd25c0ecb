using System.Globalization;
using System.Text;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Reports;

/// <summary>Two bundles on the same data: per head, the headline metrics and each class's F1 difference.</summary>
public static class Comparison
{
    public sealed record HeadComparison(string Head, ClassificationReport A, ClassificationReport B)
    {
        public IEnumerable<(string Class, double F1A, double F1B, double Difference)> Classes =>
            A.PerClass.Zip(B.PerClass, (a, b) => (a.Id, a.F1, b.F1, b.F1 - a.F1));
    }

    /// <summary>The heads both reports have, in the first one's order.</summary>
    public static IReadOnlyList<HeadComparison> Heads(EvaluationReport a, EvaluationReport b) =>
        [.. a.Heads.Append(a.CoarseTone).OfType<ClassificationReport>()
            .Select(h => (A: h, B: b.Heads.Append(b.CoarseTone).OfType<ClassificationReport>().FirstOrDefault(x => x.Head == h.Head)))
            .Where(p => p.B is not null)
            .Select(p => new HeadComparison(p.A.Head, p.A, p.B!))];

    internal static void Write(StringBuilder html, ReportFigures figures, EvaluatedBundle a, EvaluatedBundle b)
    {
        html.Append("<h2>Comparison: ").Append(HtmlReportWriter.E(a.Name)).Append(" against ").Append(HtmlReportWriter.E(b.Name)).Append("</h2>\n");
        html.Append("<table><tr><th>head</th><th>accuracy A</th><th>accuracy B</th><th>macro-F1 A</th><th>macro-F1 B</th><th>B − A</th></tr>\n");
        var heads = Heads(a.Report, b.Report);
        foreach (var h in heads)
        {
            html.Append("<tr><td>").Append(HtmlReportWriter.E(h.Head)).Append("</td>").Append(HtmlReportWriter.F(h.A.Accuracy)).Append(HtmlReportWriter.F(h.B.Accuracy))
                .Append(HtmlReportWriter.F(h.A.MacroF1)).Append(HtmlReportWriter.F(h.B.MacroF1)).Append(Signed(h.B.MacroF1 - h.A.MacroF1)).Append("</tr>\n");
        }

        html.Append("</table>\n");
        foreach (var h in heads)
        {
            html.Append("<h3>").Append(HtmlReportWriter.E(h.Head)).Append(": F1 per class</h3>\n<div class=\"figures\">")
                .Append(HtmlReportWriter.Img(figures.CompareF1($"compare-{h.Head.Replace(' ', '-')}", h.A, h.B, a.Name, b.Name), $"{h.Head} F1 per class"))
                .Append("</div>\n<table><tr><th>class</th><th>F1 A</th><th>F1 B</th><th>B − A</th></tr>\n");
            foreach (var (id, f1A, f1B, difference) in h.Classes)
            {
                html.Append("<tr><td>").Append(HtmlReportWriter.E(id)).Append("</td>").Append(HtmlReportWriter.F(f1A)).Append(HtmlReportWriter.F(f1B))
                    .Append(Signed(difference)).Append("</tr>\n");
            }

            html.Append("</table>\n");
        }
    }

    private static string Signed(double value) =>
        $"<td class=\"n {(value > 0 ? "up" : value < 0 ? "down" : "")}\">{value.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture)}</td>";
}
