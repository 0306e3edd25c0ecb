using System.Globalization;
using System.Net;
using System.Text;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Reports;

/// <summary>evaluate --report DIR: <c>index.html</c> with inline styles and the figures as PNG files beside it in
/// <c>figures/</c>. Nothing is fetched from elsewhere, so it opens offline and can be archived as is.</summary>
public static class HtmlReportWriter
{
    public const string PageName = "index.html";
    public const string FigureDirectory = "figures";

    private const string Style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 24px auto; max-width: 1320px; color: #222; }
        h1 { font-size: 24px; } h2 { font-size: 20px; margin-top: 36px; border-bottom: 1px solid #ccc; } h3 { font-size: 16px; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
        th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .figures { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; } .figures img { border: 1px solid #eee; max-width: 100%; height: auto; }
        .muted { color: #777; } .up { color: #1a7f37; } .down { color: #b42318; }
        details summary { cursor: pointer; color: #444; }
        """;

    public static string Write(string directory, ReportInput input)
    {
        Directory.CreateDirectory(directory);
        var figures = new ReportFigures(Path.Combine(directory, FigureDirectory));
        var html = new StringBuilder();
        var bundle = input.Bundle;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evaluation: ")
            .Append(E(bundle.Name)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>Evaluation of ").Append(E(bundle.Name)).Append("</h1>\n");
        html.Append("<p>").Append(input.Articles.Count.ToString(CultureInfo.InvariantCulture)).Append(" labelled rows from ")
            .Append(E(string.Join(", ", input.DataPaths))).Append(". Bundle <code>").Append(E(bundle.Path)).Append("</code>, created ")
            .Append(E(bundle.Manifest.CreatedAt.ToString("u", CultureInfo.InvariantCulture))).Append(". Report written ")
            .Append(E(DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture))).Append(".</p>\n");

        Summary(html, bundle.Report);
        TrainingCurve(html, figures, bundle);
        foreach (var head in bundle.Report.Heads)
        {
            Head(html, figures, input, head);
        }

        if (input.Compared is { } other)
        {
            Comparison.Write(html, figures, bundle, other);
        }

        html.Append("</body></html>\n");
        var page = Path.Combine(directory, PageName);
        File.WriteAllText(page, html.ToString(), new UTF8Encoding(false));
        return page;
    }

    private static void Summary(StringBuilder html, EvaluationReport report)
    {
        html.Append("<h2>Summary</h2>\n<table><tr><th>head</th><th>rows</th><th>accuracy</th><th>macro-F1</th><th>ECE</th><th>abstained</th></tr>\n");
        foreach (var head in report.Heads.Append(report.CoarseTone).OfType<ClassificationReport>())
        {
            html.Append("<tr><td>").Append(E(head.Head)).Append("</td>").Append(N(head.Rows)).Append(F(head.Accuracy)).Append(F(head.MacroF1))
                .Append(head.ExpectedCalibrationError is { } ece ? F(ece) : "<td></td>").Append(N(head.Abstained)).Append("</tr>\n");
        }

        html.Append("</table>\n<table>");
        Metric(html, "label (coarse tone + topic) accuracy", report.LabelAccuracy);
        Metric(html, "regions micro-F1", report.RegionsMicroF1);
        Metric(html, "countries micro-F1", report.CountriesMicroF1);
        html.Append("</table>\n");
    }

    private static void TrainingCurve(StringBuilder html, ReportFigures figures, EvaluatedBundle bundle)
    {
        html.Append("<h2>Training curve</h2>\n");
        var curves = bundle.Manifest.Heads
            .Where(h => h.Value.TrainingCurve is { Count: > 0 })
            .Select(h => (h.Key, h.Value.TrainingCurve!))
            .ToArray();
        if (curves.Length == 0)
        {
            html.Append("<p class=\"muted\">Training curve: not recorded for this bundle (train it with <code>--training-curve</code>, "
                + "the default with <code>--selection Quick</code>).</p>\n");
            return;
        }

        html.Append("<p>Validation macro-F1 of each head's kept pipeline fitted on growing shares of its training split. "
            + "A curve still rising at 100% says more labelled data would likely help.</p>\n");
        html.Append("<div class=\"figures\">").Append(Img(figures.TrainingCurve("training-curve", curves), "training curve")).Append("</div>\n");
        html.Append("<table><tr><th>head</th><th>share</th><th>rows</th><th>accuracy</th><th>macro-F1</th><th>seconds</th></tr>\n");
        foreach (var (head, points) in curves)
        {
            foreach (var p in points)
            {
                html.Append("<tr><td>").Append(E(head)).Append("</td>").Append(Td(p.Fraction.ToString("P0", CultureInfo.InvariantCulture)))
                    .Append(N(p.Rows)).Append(F(p.Accuracy)).Append(F(p.MacroF1)).Append(Td(p.Seconds.ToString("0.0", CultureInfo.InvariantCulture))).Append("</tr>\n");
            }
        }

        html.Append("</table>\n");
    }

    private static void Head(StringBuilder html, ReportFigures figures, ReportInput input, ClassificationReport report)
    {
        var bundle = input.Bundle;
        html.Append("<h2 id=\"head-").Append(E(report.Head)).Append("\">").Append(E(report.Head)).Append(": accuracy ")
            .Append(report.Accuracy.ToString("0.000", CultureInfo.InvariantCulture)).Append(", macro-F1 ")
            .Append(report.MacroF1.ToString("0.000", CultureInfo.InvariantCulture)).Append("</h2>\n");
        var outcomes = HeadOutcomes.For(report.Head, input.Articles, bundle.Predictions);
        // Two figures a row at the page's width: the matrix beside calibration, the per-class bars beside coverage.
        html.Append("<div class=\"figures\">")
            .Append(Img(figures.Confusion($"{report.Head}-confusion", report), $"{report.Head} confusion heat map"));
        IReadOnlyList<CalibrationCurves.CoveragePoint> coverage = [];
        if (outcomes is not null)
        {
            var ece = CalibrationCurves.ExpectedCalibrationError(outcomes.Rows);
            html.Append(Img(figures.Reliability($"{report.Head}-reliability", report.Head, CalibrationCurves.Reliability(outcomes.Rows), ece), $"{report.Head} reliability diagram"));
        }

        html.Append(Img(figures.PerClass($"{report.Head}-per-class", report), $"{report.Head} precision, recall and F1 per class"));
        if (outcomes is not null)
        {
            coverage = CalibrationCurves.Coverage(outcomes.Rows);
            html.Append(Img(figures.Coverage($"{report.Head}-coverage", report.Head, coverage), $"{report.Head} accuracy against coverage"));
        }

        html.Append("</div>\n");
        html.Append("<table><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n");
        foreach (var c in report.PerClass)
        {
            html.Append("<tr><td>").Append(E(c.Id)).Append("</td>").Append(F(c.Precision)).Append(F(c.Recall)).Append(F(c.F1)).Append(N(c.Support)).Append("</tr>\n");
        }

        html.Append("</table>\n");
        if (coverage.Count > 0)
        {
            html.Append("<h3>Abstention thresholds</h3>\n<table><tr><th>answer when confidence ≥</th><th>answered</th><th>accuracy on answered</th></tr>\n");
            foreach (var threshold in new[] { 0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 })
            {
                if (coverage.LastOrDefault(p => p.Threshold >= threshold) is { } at)
                {
                    html.Append("<tr>").Append(Td(threshold.ToString("0.00", CultureInfo.InvariantCulture)))
                        .Append(Td(at.Coverage.ToString("P1", CultureInfo.InvariantCulture))).Append(F(at.Accuracy)).Append("</tr>\n");
                }
            }

            html.Append("</table>\n");
        }

        if (outcomes is not null)
        {
            Errors(html, report.Head, ConfidentErrors.Find(outcomes, input.Articles, bundle.Explainer, input.ErrorsPerHead), input.ErrorsPerHead);
        }
    }

    private static void Errors(StringBuilder html, string head, IReadOnlyList<ConfidentErrors.Error> errors, int limit)
    {
        html.Append("<h3>The ").Append(limit.ToString(CultureInfo.InvariantCulture)).Append(" most confident ").Append(E(head)).Append(" errors</h3>\n");
        if (errors.Count == 0)
        {
            html.Append("<p class=\"muted\">No errors.</p>\n");
            return;
        }

        html.Append("<table><tr><th>id</th><th>confidence</th><th>gold</th><th>predicted</th><th>top features for the prediction</th><th>text</th></tr>\n");
        foreach (var e in errors)
        {
            var features = string.Join("<br>", e.Features.Select(f =>
                $"{E(f.Feature)} <span class=\"up\">{f.Margin.ToString("+0.00", CultureInfo.InvariantCulture)}</span>"));
            if (e.Encoder is { } encoder)
            {
                features += $"<br><span class=\"muted\">encoder {encoder.ToString("+0.00;-0.00", CultureInfo.InvariantCulture)} to the score</span>";
            }

            var text = e.Article.Text;
            var snippet = text.Length <= 240 ? E(text) : $"<details><summary>{E(text[..240])}…</summary>{E(text)}</details>";
            html.Append("<tr><td>").Append(E(e.Article.Id)).Append("</td>").Append(F(e.Confidence))
                .Append("<td>").Append(E(e.Gold)).Append("</td><td>").Append(E(e.Predicted)).Append("</td><td>").Append(features)
                .Append("</td><td><b>").Append(E(e.Article.Title)).Append("</b> ").Append(snippet).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Metric(StringBuilder html, string name, double? value)
    {
        if (value is { } v)
        {
            html.Append("<tr><td>").Append(E(name)).Append("</td>").Append(F(v)).Append("</tr>\n");
        }
    }

    internal static string Img(string file, string alt) => $"<img src=\"{FigureDirectory}/{E(file)}\" alt=\"{E(alt)}\">";

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal static string F(double value) => Td(value.ToString("0.000", CultureInfo.InvariantCulture), numeric: true);

    internal static string N(int value) => Td(value.ToString(CultureInfo.InvariantCulture), numeric: true);

    internal static string Td(string text, bool numeric = false) => numeric ? $"<td class=\"n\">{E(text)}</td>" : $"<td>{E(text)}</td>";
}
