using Classifier.Features;
using Classifier.Scoring.Compiled;
using Microsoft.ML;

namespace Classifier.Scoring;

/// <summary>One head of the bundle, ready to score single rows (pooled engines) or batches (one Transform), or, once
/// <see cref="UseCompiled"/> gives it a compiled linear head, through that.</summary>
internal sealed class HeadScorer
{
    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<ModelInput, ScoreRow>> _engines;
    private readonly Microsoft.ML.Data.SchemaDefinition _schema;

    private readonly float _temperature;

    public HeadScorer(MLContext mlContext, ITransformer model, int classCount, int embeddingLength, float temperature = 1f)
    {
        _temperature = temperature;
        _mlContext = mlContext;
        _model = model;
        ClassCount = classCount;
        _schema = FeatureSchema.For<ModelInput>(embeddingLength);
        _engines = new ObjectPool<PredictionEngine<ModelInput, ScoreRow>>(
            () => mlContext.Model.CreatePredictionEngine<ModelInput, ScoreRow>(model, inputSchemaDefinition: _schema),
            maxRetained: Environment.ProcessorCount * 2);
    }

    public int ClassCount { get; }

    /// <summary>The compiled form of this head, when it has one; it then scores every row.</summary>
    public CompiledLinearHead? Compiled { get; private set; }

    public void UseCompiled(CompiledLinearHead head)
    {
        if (head.ClassCount != ClassCount)
        {
            throw new InvalidOperationException($"The compiled head has {head.ClassCount} classes; the head has {ClassCount}.");
        }

        Compiled = head;
    }

    /// <param name="tokenIds">The row's tokens (<see cref="TokenVocabulary.Tokenize"/>), read by a compiled head.</param>
    public float[] Score(ModelInput input, ReadOnlySpan<int> tokenIds) =>
        Compiled is { } compiled ? compiled.Score(tokenIds, input) : ScoreWithMlNet(input);

    /// <summary>The ML.NET model's calibrated probabilities: the reference, whatever scores the head.</summary>
    public float[] ScoreWithMlNet(ModelInput input)
    {
        var engine = _engines.Rent();
        try
        {
            return Checked(engine.Predict(input).Score);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public float[][] ScoreBatch(IReadOnlyList<ModelInput> inputs)
    {
        var view = _mlContext.Data.LoadFromEnumerable(inputs, _schema);
        var scored = _model.Transform(view);
        var results = new float[inputs.Count][];
        var i = 0;
        foreach (var row in _mlContext.Data.CreateEnumerable<ScoreRow>(scored, reuseRowObject: false))
        {
            results[i++] = Checked(row.Score);
        }

        if (i != inputs.Count)
        {
            throw new InvalidOperationException($"The model returned {i} rows for {inputs.Count} inputs.");
        }

        return results;
    }

    private float[] Checked(float[] scores) =>
        scores.Length == ClassCount
            ? TemperatureScaling.Apply(scores, _temperature)
            : throw new InvalidOperationException($"The model returned {scores.Length} scores; the head has {ClassCount} classes.");
}
