using Classifier.Bundles;
using Classifier.Features;
using Microsoft.ML;

namespace Classifier.Training.Pipelines;

/// <summary>Builds one head's estimator chain: text featurization, the head's engineered features, the trainer.</summary>
public static class PipelineFactory
{
    public static IEstimator<ITransformer> Create(MLContext mlContext, string head, FeaturizerSpec featurizer, TrainerSpec trainer)
    {
        IEstimator<ITransformer> pipeline = mlContext.Transforms.Text.FeaturizeText(
            PipelineColumns.TextFeatures, featurizer.ToOptions(), FeatureLayout.TextColumn);

        // Only the region head reads gazetteer evidence: topic and tone must not learn "which country" shortcuts.
        pipeline = head == HeadNames.Region
            ? pipeline.Append(mlContext.Transforms.Concatenate(
                PipelineColumns.Features, PipelineColumns.TextFeatures, FeatureLayout.RegionEvidenceColumn))
            : pipeline.Append(mlContext.Transforms.CopyColumns(PipelineColumns.Features, PipelineColumns.TextFeatures));

        return pipeline.Append(trainer.Create(mlContext));
    }
}
