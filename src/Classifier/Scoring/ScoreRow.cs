using Microsoft.ML.Data;

namespace Classifier.Scoring;

/// <summary>What a head emits: one probability per class, in the head's class order.</summary>
public sealed class ScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
