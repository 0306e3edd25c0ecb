using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Microsoft.ML;

namespace Classifier.Explanations;

/// <summary>A head whose model is not linear (one-versus-all FastTree): its calibrated probabilities, and a note that
/// it has no exact per-feature decomposition. ML.NET's feature contribution calculation would need the one-versus-all
/// model's binary sub-models, which ML.NET 5 does not expose publicly (OneVersusAllModelParameters.SubModelParameters
/// and the calculator's constructor are internal), so tree heads get no per-feature figures rather than guessed ones.</summary>
internal sealed class OpaqueHeadExplainer : IHeadExplainer
{
    private readonly HeadScorer _scorer;
    private readonly string _head;
    private readonly string _model;
    private readonly HeadManifest _manifest;

    public OpaqueHeadExplainer(MLContext mlContext, ITransformer model, string head, HeadManifest manifest, int embeddingLength)
    {
        _scorer = new HeadScorer(mlContext, model, manifest.Classes.Count, embeddingLength, manifest.Temperature ?? 1f);
        _head = head;
        _manifest = manifest;
        _model = LinearHeadExplainer.PredictorOf(model)?.Model.GetType().Name ?? model.GetType().Name;
    }

    public HeadExplanation Explain(ModelInput input, int top)
    {
        var probabilities = _scorer.ScoreWithMlNet(input);
        var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(c => probabilities[c]).ToArray();
        ClassEvidence Evidence(int c) => new()
        {
            Class = _manifest.Classes[c],
            Probability = probabilities[c],
            Score = null,
            Bias = null,
            ListedFeatures = 0,
            OtherFeatures = null,
            OtherFeatureCount = 0,
        };
        return new HeadExplanation
        {
            Head = _head,
            Model = _model,
            Temperature = _manifest.Temperature ?? 1f,
            Chosen = Evidence(order[0]),
            RunnerUp = order.Length > 1 ? Evidence(order[1]) : null,
            Features = [],
            Classes = [.. order.Select(c => new ClassScore(_manifest.Classes[c], null, probabilities[c]))],
            Note = $"{_manifest.Trainer} is not a linear model; its score has no exact per-feature decomposition.",
        };
    }
}
