using Classifier.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Training.Pipelines;

/// <summary>A model row plus its class index. Loaded as a key over the whole taxonomy, so score vectors keep the
/// taxonomy's order even when a class has no training rows. (LoadFromEnumerable reads a key-typed uint as a 0-based
/// index, so no +1 for ML.NET's "0 is missing" convention.)</summary>
public sealed class TrainingRow : ModelInput
{
    public uint Label { get; set; }

    /// <summary>How much the row counts in training (train --source-weight); 1 unless a source is weighted.</summary>
    public float Weight { get; set; } = 1f;

    public static SchemaDefinition Schema(int classCount, int embeddingLength)
    {
        var schema = FeatureSchema.For<TrainingRow>(embeddingLength);
        schema[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        return schema;
    }

    public static IDataView ToDataView(MLContext mlContext, IReadOnlyList<TrainingRow> rows, int classCount) =>
        mlContext.Data.LoadFromEnumerable(rows, Schema(classCount, rows.Count > 0 ? rows[0].Embedding.Length : 1));
}
