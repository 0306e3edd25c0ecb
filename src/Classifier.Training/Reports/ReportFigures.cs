using System.Globalization;
using Classifier.Bundles;
using Classifier.Training.Evaluation;
using ScottPlot;

namespace Classifier.Training.Reports;

/// <summary>Draws the report's figures as PNG files with ScottPlot.</summary>
public sealed class ReportFigures
{
    private readonly string _directory;

    public ReportFigures(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    /// <summary>Row-normalised confusion heat map (rows = gold), the count in each cell.</summary>
    public string Confusion(string name, ClassificationReport report)
    {
        var n = report.Classes.Count;
        var plot = NewPlot($"{report.Head}: confusion (rows = gold, row-normalised; counts in cells)");
        var shares = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            var total = report.Confusion[i].Sum();
            for (var j = 0; j < n; j++)
            {
                // Heatmap row 0 is drawn at the top, like the matrix it shows.
                shares[i, j] = total == 0 ? 0 : report.Confusion[i][j] / (double)total;
            }
        }

        var heatmap = plot.Add.Heatmap(shares);
        heatmap.Colormap = new ShareColormap();
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        plot.Add.ColorBar(heatmap);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var count = report.Confusion[i][j];
                if (count == 0)
                {
                    continue;
                }

                var text = plot.Add.Text(count.ToString(CultureInfo.InvariantCulture), j, n - 1 - i);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = n > 8 ? 11 : 13;
                text.LabelFontColor = shares[i, j] > 0.55 ? Colors.White : Colors.Black;
            }
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, [.. report.Classes]);
        RotateBottomLabels(plot);
        plot.Axes.Left.SetTicks(positions, [.. report.Classes.Reverse()]);
        plot.Axes.Bottom.Label.Text = "predicted";
        plot.Axes.Left.Label.Text = "gold";
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        return Save(plot, name, 720, 660);
    }

    /// <summary>Precision, recall and F1 per class, grouped bars.</summary>
    public string PerClass(string name, ClassificationReport report)
    {
        var plot = NewPlot($"{report.Head}: precision, recall and F1 per class");
        var series = new (string Label, Func<ClassMetrics, double> Value, Color Color)[]
        {
            ("precision", c => c.Precision, Colors.SteelBlue),
            ("recall", c => c.Recall, Colors.DarkOrange),
            ("F1", c => c.F1, Colors.SeaGreen),
        };
        var bars = new List<Bar>();
        for (var c = 0; c < report.PerClass.Count; c++)
        {
            for (var s = 0; s < series.Length; s++)
            {
                bars.Add(new Bar
                {
                    Position = (c * 4) + s,
                    Value = series[s].Value(report.PerClass[c]),
                    FillColor = series[s].Color,
                });
            }
        }

        plot.Add.Bars(bars);
        foreach (var (label, _, color) in series)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }

        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(0, report.PerClass.Count).Select(c => (c * 4) + 1.0)],
            [.. report.PerClass.Select(c => $"{c.Id} ({c.Support})")]);
        RotateBottomLabels(plot);
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Axes.Left.Label.Text = "score";
        return Save(plot, name, 740, 500);
    }

    /// <summary>Reliability diagram: accuracy against mean confidence per bin, the diagonal being perfect calibration.</summary>
    public string Reliability(string name, string head, IReadOnlyList<CalibrationCurves.Bin> bins, double ece)
    {
        var plot = NewPlot($"{head}: reliability (ECE {ece.ToString("0.000", CultureInfo.InvariantCulture)}, {Calibration.Bins} bins)");
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "perfect calibration";
        var bars = bins.Select(b => new Bar
        {
            Position = (b.Low + b.High) / 2,
            Value = b.Accuracy,
            Size = (b.High - b.Low) * 0.9,
            FillColor = Colors.SteelBlue.WithAlpha(0.6),
        }).ToList();
        plot.Add.Bars(bars);
        var points = plot.Add.Scatter(bins.Select(b => b.MeanConfidence).ToArray(), bins.Select(b => b.Accuracy).ToArray());
        points.Color = Colors.DarkBlue;
        points.MarkerSize = 7;
        points.LegendText = "accuracy at mean confidence of the bin";
        foreach (var b in bins)
        {
            var count = plot.Add.Text(b.Count.ToString(CultureInfo.InvariantCulture), (b.Low + b.High) / 2, b.Accuracy);
            count.LabelAlignment = Alignment.LowerCenter;
            count.LabelFontSize = 10;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.SetLimits(0, 1, 0, 1.08);
        plot.Axes.Bottom.Label.Text = "confidence (calibrated probability of the top class)";
        plot.Axes.Left.Label.Text = "accuracy";
        return Save(plot, name, 560, 500);
    }

    /// <summary>Accuracy of the answered rows against the share answered, when rows below a confidence abstain.</summary>
    public string Coverage(string name, string head, IReadOnlyList<CalibrationCurves.CoveragePoint> points)
    {
        var plot = NewPlot($"{head}: accuracy against coverage (abstain below a confidence)");
        var line = plot.Add.Scatter(points.Select(p => p.Coverage).ToArray(), points.Select(p => p.Accuracy).ToArray());
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.Color = Colors.SeaGreen;
        foreach (var threshold in new[] { 0.5, 0.7, 0.9 })
        {
            if (points.LastOrDefault(p => p.Threshold >= threshold) is { } at)
            {
                var marker = plot.Add.Marker(at.Coverage, at.Accuracy);
                marker.Color = Colors.DarkGreen;
                var label = plot.Add.Text($"≥{threshold.ToString("0.0", CultureInfo.InvariantCulture)}: {at.Coverage:P0} answered, {at.Accuracy:P1} right",
                    at.Coverage, at.Accuracy);
                label.LabelAlignment = Alignment.UpperRight;
                label.LabelFontSize = 11;
                label.OffsetY = 4;
            }
        }

        var low = Math.Max(0, Math.Min(0.9, points.Count == 0 ? 0 : points.Min(p => p.Accuracy)) - 0.05);
        plot.Axes.SetLimits(0, 1.02, low, 1.01);
        plot.Axes.Bottom.Label.Text = "coverage (share of rows answered)";
        plot.Axes.Left.Label.Text = "accuracy on answered rows";
        return Save(plot, name, 540, 500);
    }

    /// <summary>Validation macro-F1 against training-set size, one line per head.</summary>
    public string TrainingCurve(string name, IReadOnlyList<(string Head, IReadOnlyList<TrainingCurvePoint> Points)> curves)
    {
        var plot = NewPlot("validation macro-F1 against training-set size");
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < curves.Count; i++)
        {
            var (head, points) = curves[i];
            var line = plot.Add.Scatter(points.Select(p => (double)p.Rows).ToArray(), points.Select(p => p.MacroF1).ToArray());
            line.LegendText = head;
            line.Color = palette.GetColor(i);
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Bottom.Label.Text = "training rows";
        plot.Axes.Left.Label.Text = "validation macro-F1";
        plot.Axes.SetLimitsY(0, 1.02);
        return Save(plot, name, 640, 460);
    }

    /// <summary>Per-class F1 of two bundles side by side.</summary>
    public string CompareF1(string name, ClassificationReport a, ClassificationReport b, string nameA, string nameB)
    {
        var plot = NewPlot($"{a.Head}: F1 per class, {nameA} against {nameB}");
        var bars = new List<Bar>();
        for (var c = 0; c < a.PerClass.Count; c++)
        {
            bars.Add(new Bar { Position = c * 3, Value = a.PerClass[c].F1, FillColor = Colors.SteelBlue });
            bars.Add(new Bar { Position = (c * 3) + 1, Value = b.PerClass[c].F1, FillColor = Colors.DarkOrange });
        }

        plot.Add.Bars(bars);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = nameA, FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = nameB, FillColor = Colors.DarkOrange });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, a.PerClass.Count).Select(c => (c * 3) + 0.5)], [.. a.PerClass.Select(c => c.Id)]);
        RotateBottomLabels(plot);
        plot.Axes.SetLimitsY(0, 1.05);
        return Save(plot, name, 900, 500);
    }

    // Long class names read at an angle; the axis is made tall enough to hold them.
    private static void RotateBottomLabels(Plot plot)
    {
        plot.Axes.Bottom.TickLabelStyle.Rotation = 35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 130;
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        ReportFonts.Apply(plot);
        plot.Title(title, size: 15);
        return plot;
    }

    private string Save(Plot plot, string name, int width, int height)
    {
        var file = $"{name}.png";
        plot.SavePng(Path.Combine(_directory, file), width, height);
        return file;
    }
}
