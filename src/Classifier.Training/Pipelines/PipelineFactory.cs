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
        pipeline = head switch
        {
            HeadNames.Region => pipeline.Append(mlContext.Transforms.Concatenate(
                PipelineColumns.Features, PipelineColumns.TextFeatures, FeatureLayout.RegionEvidenceColumn)),
            _ when ReadsToneEvidence(head, features) => pipeline.Append(mlContext.Transforms.Concatenate(
                PipelineColumns.Features, PipelineColumns.TextFeatures, FeatureLayout.ToneEvidenceColumn)),
            _ => pipeline.Append(mlContext.Transforms.CopyColumns(PipelineColumns.Features, PipelineColumns.TextFeatures)),
        };

        return pipeline.Append(trainer.Create(mlContext));
    }

    public static bool ReadsToneEvidence(string head, FeatureOptions features) => head == HeadNames.Tone && features.UseToneEvidence;

    /// <summary>Whether the head reads dense engineered features (gazetteer or tone evidence) besides the n-grams.</summary>
    public static bool ReadsDenseFeatures(string head, FeatureOptions features) => head == HeadNames.Region || ReadsToneEvidence(head, features);
}
