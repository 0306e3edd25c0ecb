namespace Classifier.Training.Pipelines;

public static class PipelineColumns
{
    public const string Label = nameof(TrainingRow.Label);
    public const string Weight = nameof(TrainingRow.Weight);
    public const string TextFeatures = "TextFeatures";
    public const string Features = "Features";
}
