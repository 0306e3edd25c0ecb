using Classifier.Training.Evaluation;

namespace Classifier.Training.Reports;

/// <summary>The numbers behind the reliability diagram and the coverage curve.</summary>
public static class CalibrationCurves
{
    public sealed record Bin(double Low, double High, int Count, double MeanConfidence, double Accuracy);

    public sealed record CoveragePoint(double Threshold, double Coverage, double Accuracy, int Rows);

    /// <summary>The <see cref="Calibration.Bins"/> equal-width confidence bins of the expected calibration error; empty
    /// bins are left out.</summary>
    public static IReadOnlyList<Bin> Reliability(IReadOnlyList<HeadOutcome> rows)
    {
        var bins = Calibration.Bins;
        return [.. rows
            .GroupBy(r => Math.Clamp((int)(r.Confidence * bins), 0, bins - 1))
            .OrderBy(g => g.Key)
            .Select(g => new Bin(
                (double)g.Key / bins,
                (double)(g.Key + 1) / bins,
                g.Count(),
                g.Average(r => r.Confidence),
                g.Count(r => r.TopCorrect) / (double)g.Count()))];
    }

    public static double ExpectedCalibrationError(IReadOnlyList<HeadOutcome> rows) =>
        Calibration.ExpectedCalibrationError([.. rows.Select(r => r.Confidence)], [.. rows.Select(r => r.TopCorrect)]);

    /// <summary>Accuracy on the rows kept when every row whose confidence is below a threshold abstains, for each
    /// distinct confidence (most confident first): how much is answered, and how well, at each possible cut.</summary>
    public static IReadOnlyList<CoveragePoint> Coverage(IReadOnlyList<HeadOutcome> rows)
    {
        var sorted = rows.OrderByDescending(r => r.Confidence).ToArray();
        var points = new List<CoveragePoint>();
        var hits = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            hits += sorted[i].TopCorrect ? 1 : 0;
            if (i == sorted.Length - 1 || sorted[i + 1].Confidence < sorted[i].Confidence)
            {
                points.Add(new CoveragePoint(sorted[i].Confidence, (i + 1) / (double)sorted.Length, hits / (double)(i + 1), i + 1));
            }
        }

        return points;
    }
}
