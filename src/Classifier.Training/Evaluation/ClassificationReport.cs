using Classifier.Bundles;

namespace Classifier.Training.Evaluation;

/// <summary>Single-label metrics for one head: accuracy, macro-F1, per-class precision/recall/F1 and the confusion
/// matrix (rows = gold, columns = predicted, in <see cref="Classes"/> order).</summary>
public sealed record ClassificationReport
{
    public required string Head { get; init; }

    public required IReadOnlyList<string> Classes { get; init; }

    public required int Rows { get; init; }

    public required double Accuracy { get; init; }

    /// <summary>Mean F1 over the classes that occur in the gold labels.</summary>
    public required double MacroF1 { get; init; }

    public required IReadOnlyList<ClassMetrics> PerClass { get; init; }

    public required int[][] Confusion { get; init; }

    /// <summary>Rows where the model abstained (the region head's "unknown"); they count as misses.</summary>
    public int Abstained { get; init; }

    /// <summary>Expected calibration error of the predicted class's probability (15 equal-width bins), when known.</summary>
    public double? ExpectedCalibrationError { get; init; }

    public HeadMetricsSummary ToSummary(double? regionsMicroF1 = null) => new()
    {
        Rows = Rows,
        Accuracy = Accuracy,
        MacroF1 = MacroF1,
        RegionsMicroF1 = regionsMicroF1,
        PerClass = PerClass,
    };
}
