namespace Classifier.LoadCheck;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of latencies in milliseconds.</summary>
    public static double Of(List<double> sorted, double percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
