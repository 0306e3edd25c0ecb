using Microsoft.ML.Data;

namespace Classifier.Features;

/// <summary>The row every head reads. Training rows extend it with a label, so both sides share one schema.</summary>
public class ModelInput
{
    public string Text { get; set; } = "";

    /// <summary>Gazetteer evidence per region, in <see cref="Taxonomy.Labels.Regions"/> order.</summary>
    [VectorType(FeatureLayout.RegionEvidenceLength)]
    public float[] RegionEvidence { get; set; } = new float[FeatureLayout.RegionEvidenceLength];

    /// <summary>CAMEO verb evidence, see <see cref="Features.ToneEvidence"/>.</summary>
    [VectorType(FeatureLayout.ToneEvidenceLength)]
    public float[] ToneEvidence { get; set; } = new float[FeatureLayout.ToneEvidenceLength];

    /// <summary>The sentence encoder's vector, scaled (see <see cref="EmbeddingSource"/>); one zero when the bundle
    /// has no encoder or no head reads it. Its length is the encoder's, so the schema is built at run time
    /// (<see cref="FeatureSchema"/>).</summary>
    public float[] Embedding { get; set; } = [0f];
}
