using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Explanations;

/// <summary>Takes a linear (maximum entropy) head's score apart. The feature vector comes from the head's own ML.NET
/// pipeline (the <c>Features</c> column of the same transform that scores), the coefficients and biases from its
/// model parameters, so the parts add up to what the model computes, not to an approximation of it.</summary>
internal sealed class LinearHeadExplainer : IHeadExplainer
{
    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;
    private readonly string _featureColumn;
    private readonly string _head;
    private readonly float _temperature;
    private readonly IReadOnlyList<string> _classes;
    private readonly float[][] _weights;
    private readonly float[] _biases;
    private readonly FeatureSlots _slots;

    private LinearHeadExplainer(
        MLContext mlContext, ITransformer model, SchemaDefinition schema, string featureColumn, string head, HeadManifest manifest,
        LinearMulticlassModelParametersBase parameters, FeatureSlots slots)
    {
        _mlContext = mlContext;
        _model = model;
        _schema = schema;
        _featureColumn = featureColumn;
        _head = head;
        _temperature = manifest.Temperature ?? 1f;
        _classes = manifest.Classes;
        _slots = slots;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classCount);
        if (classCount != _classes.Count)
        {
            throw new InvalidOperationException($"{head}: the model has {classCount} classes, the manifest {_classes.Count}.");
        }

        _weights = [.. weights.Select(w => w.DenseValues().ToArray())];
        _biases = [.. parameters.GetBiases()];
        if (_weights.Any(w => w.Length != slots.Count))
        {
            throw new InvalidOperationException($"{head}: the model has {_weights[0].Length} coefficients per class for {slots.Count} features.");
        }
    }

    /// <summary>The explainer for a head whose last step is a linear multiclass model; null for any other model.</summary>
    public static LinearHeadExplainer? TryCreate(MLContext mlContext, ITransformer model, string head, HeadManifest manifest, int embeddingLength)
    {
        if (PredictorOf(model) is not { Model: LinearMulticlassModelParametersBase parameters } predictor)
        {
            return null;
        }

        var schema = FeatureSchema.For<ModelInput>(embeddingLength);
        var empty = mlContext.Data.LoadFromEnumerable(Array.Empty<ModelInput>(), schema);
        var features = model.GetOutputSchema(empty.Schema)[predictor.FeatureColumnName];
        var slots = FeatureSlots.Read(features, head, manifest, embeddingLength);
        return new LinearHeadExplainer(mlContext, model, schema, predictor.FeatureColumnName, head, manifest, parameters, slots);
    }

    /// <summary>The prediction step at the end of a loaded head (a chain whose last element may itself be a chain).</summary>
    public static ISingleFeaturePredictionTransformer<object>? PredictorOf(ITransformer model) => model switch
    {
        ISingleFeaturePredictionTransformer<object> predictor => predictor,
        TransformerChain<ITransformer> chain when chain.LastTransformer is { } last => PredictorOf(last),
        _ => null,
    };

    public HeadExplanation Explain(ModelInput input, int top)
    {
        var x = Featurize(input);
        var scores = new double[_classes.Count];
        for (var c = 0; c < scores.Length; c++)
        {
            var sum = (double)_biases[c];
            foreach (var (slot, value) in x)
            {
                sum += (double)value * _weights[c][slot];
            }

            scores[c] = sum;
        }

        var probabilities = Softmax(scores, _temperature);
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(c => scores[c]).ToArray();
        var chosen = order[0];
        int? runnerUp = order.Length > 1 ? order[1] : null;

        var candidates = x.Where(f => f.Slot < _slots.EncoderStart)
            .Select(f => new FeatureContribution(
                _slots.NameOf(f.Slot),
                _slots.KindOf(f.Slot),
                f.Value,
                (double)f.Value * _weights[chosen][f.Slot],
                runnerUp is { } r ? (double)f.Value * _weights[r][f.Slot] : null))
            .ToArray();
        var listed = candidates.OrderByDescending(f => Math.Abs(f.Margin)).Take(top).OrderByDescending(f => f.Margin).ToArray();

        return new HeadExplanation
        {
            Head = _head,
            Model = "linear",
            Temperature = _temperature,
            Chosen = Evidence(chosen, x, candidates, listed, scores, probabilities, f => f.ToChosen),
            RunnerUp = runnerUp is { } ru ? Evidence(ru, x, candidates, listed, scores, probabilities, f => f.ToRunnerUp ?? 0) : null,
            Features = listed,
            Classes = [.. order.Select(c => new ClassScore(_classes[c], scores[c], probabilities[c]))],
        };
    }

    private ClassEvidence Evidence(
        int c,
        List<(int Slot, float Value)> x,
        FeatureContribution[] candidates,
        FeatureContribution[] listed,
        double[] scores,
        double[] probabilities,
        Func<FeatureContribution, double> part)
    {
        var listedSum = listed.Sum(part);
        var encoder = _slots.EncoderStart < _slots.Count
            ? x.Where(f => f.Slot >= _slots.EncoderStart).Sum(f => (double)f.Value * _weights[c][f.Slot])
            : (double?)null;
        return new ClassEvidence
        {
            Class = _classes[c],
            Probability = probabilities[c],
            Score = scores[c],
            Bias = _biases[c],
            ListedFeatures = listedSum,
            OtherFeatures = candidates.Sum(part) - listedSum,
            OtherFeatureCount = candidates.Length - listed.Length,
            Encoder = encoder,
        };
    }

    /// <summary>The non-zero slots of the head's feature vector for one row, computed by the head's own pipeline.</summary>
    private List<(int Slot, float Value)> Featurize(ModelInput input)
    {
        var view = _mlContext.Data.LoadFromEnumerable(new[] { input }, _schema);
        var transformed = _model.Transform(view);
        var column = transformed.Schema[_featureColumn];
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        if (!cursor.MoveNext())
        {
            throw new InvalidOperationException($"{_head}: the model returned no row.");
        }

        getter(ref buffer);
        return [.. buffer.Items().Where(kv => kv.Value != 0f).Select(kv => (kv.Key, kv.Value))];
    }

    /// <summary>softmax(score / T): the maximum entropy model's probabilities with the head's calibration applied
    /// (<see cref="TemperatureScaling"/> computes the same from the model's probabilities).</summary>
    private static double[] Softmax(double[] scores, float temperature)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp((s - max) / temperature)).ToArray();
        var sum = exp.Sum();
        return [.. exp.Select(e => e / sum)];
    }
}
