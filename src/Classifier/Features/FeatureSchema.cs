using Microsoft.ML.Data;

namespace Classifier.Features;

/// <summary>The ML.NET schema of a model row. The embedding's length depends on the bundle's encoder, so it is set
/// here rather than by an attribute; every data view and prediction engine over model rows uses this.</summary>
public static class FeatureSchema
{
    public static SchemaDefinition For<T>(int embeddingLength)
        where T : ModelInput
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema[FeatureLayout.EmbeddingColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, embeddingLength));
        return schema;
    }
}
