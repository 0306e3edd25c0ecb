using Classifier.Bundles;
using Classifier.Features;
using Microsoft.ML;

namespace Classifier.Training.Pipelines;

/// <summary>Builds one head's estimator chain: text featurization, the head's engineered features, the trainer.</summary>
public static class PipelineFactory
{
    public static IEstimator<ITransformer> Create(MLContext mlContext, string head, FeaturizerSpec featurizer, TrainerSpec trainer, FeatureOptions features)
    {
        IEstimator<ITransformer> pipeline = mlContext.Transforms.Text.FeaturizeText(
            PipelineColumns.TextFeatures, featurizer.ToOptions(), FeatureLayout.TextColumn);

        // Each head reads only its own evidence: topic and tone must not learn "which country" shortcuts, and
        // region must not learn tone.
        var inputs = new List<string> { PipelineColumns.TextFeatures };
        if (head == HeadNames.Region)
        {
            inputs.Add(FeatureLayout.RegionEvidenceColumn);
        }
        else if (ReadsToneEvidence(head, features))
        {
            inputs.Add(FeatureLayout.ToneEvidenceColumn);
        }

        if (featurizer.ReadsEmbedding)
        {
            if (!features.HasEncoder)
            {
                throw new InvalidOperationException($"The featurizer '{featurizer.Name}' reads the sentence encoder, but the run has none (train --encoder).");
            }

            inputs.Add(FeatureLayout.EmbeddingColumn);
        }

        pipeline = inputs.Count == 1
            ? pipeline.Append(mlContext.Transforms.CopyColumns(PipelineColumns.Features, PipelineColumns.TextFeatures))
            : pipeline.Append(mlContext.Transforms.Concatenate(PipelineColumns.Features, [.. inputs]));
        return pipeline.Append(trainer.Create(mlContext));
    }

    public static bool ReadsToneEvidence(string head, FeatureOptions features) => head == HeadNames.Tone && features.UseToneEvidence;

    /// <summary>Whether the head reads dense engineered features (gazetteer or tone evidence) besides the n-grams.</summary>
    public static bool ReadsDenseFeatures(string head, FeatureOptions features) => head == HeadNames.Region || ReadsToneEvidence(head, features);
}
