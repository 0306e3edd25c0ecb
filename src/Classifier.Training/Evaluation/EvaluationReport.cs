namespace Classifier.Training.Evaluation;

/// <summary>evaluate's result: a report per head present in both the bundle and the data, plus the set-valued
/// fields (regions, countries) and the coarse tone.</summary>
public sealed record EvaluationReport
{
    public required int Rows { get; init; }

    public IReadOnlyList<ClassificationReport> Heads { get; init; } = [];

    public ClassificationReport? CoarseTone { get; init; }

    public double? RegionsMicroF1 { get; init; }

    public double? CountriesMicroF1 { get; init; }

    /// <summary>Share of rows whose headline label ("cooperative diplomacy") is exactly right, over rows with both
    /// a topic and a tone.</summary>
    public double? LabelAccuracy { get; init; }
}
