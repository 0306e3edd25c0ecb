using System.Diagnostics;
using Classifier.Bundles;
using Classifier.Training.Pipelines;

namespace Classifier.Training.Evaluation;

/// <summary>Validation macro-F1 of the kept pipeline against training-set size: it says whether more labelled data
/// would likely help. Cheap by construction: only the kept pipeline is refitted, on stratified shares of the training
/// split already made, and scored on the validation split already made; the 100% point is the selection's own fit.</summary>
public static class TrainingCurve
{
    public static IReadOnlyList<double> Fractions { get; } = [0.1, 0.25, 0.5];

    /// <param name="trainRows">The training split (indices into <paramref name="labels"/>).</param>
    /// <param name="full">The kept pipeline's validation report when fitted on the whole training split, and how long that took.</param>
    /// <param name="fitAndScore">Fits the kept pipeline on the given rows and returns its validation report.</param>
    public static IReadOnlyList<TrainingCurvePoint> Measure(
        string head,
        int[] trainRows,
        IReadOnlyList<int> labels,
        (ClassificationReport Report, double Seconds) full,
        int seed,
        Func<int[], ClassificationReport> fitAndScore,
        IProgress<string> progress)
    {
        var points = new List<TrainingCurvePoint>();
        var trainLabels = trainRows.Select(r => labels[r]).ToArray();
        foreach (var fraction in Fractions)
        {
            var (_, held) = StratifiedSplitter.Split(trainLabels, fraction, seed);
            var subset = held.Select(i => trainRows[i]).ToArray();
            if (subset.Select(r => labels[r]).Distinct().Count() < 2)
            {
                progress.Report($"{head}: training curve: {fraction * 100:0}% of the training split has fewer than two classes; point skipped");
                continue;
            }

            var watch = Stopwatch.StartNew();
            var report = fitAndScore(subset);
            watch.Stop();
            points.Add(new TrainingCurvePoint(fraction, subset.Length, Math.Round(report.Accuracy, 4), Math.Round(report.MacroF1, 4), Math.Round(watch.Elapsed.TotalSeconds, 2)));
            progress.Report($"{head}: training curve: {subset.Length} rows ({fraction * 100:0}%): macro-F1 {report.MacroF1:F3} ({watch.Elapsed.TotalSeconds:F1}s)");
        }

        points.Add(new TrainingCurvePoint(1.0, trainRows.Length, Math.Round(full.Report.Accuracy, 4), Math.Round(full.Report.MacroF1, 4), Math.Round(full.Seconds, 2)));
        return points;
    }
}
