using Classifier.Features;
using Microsoft.ML;

namespace Classifier.Scoring;

/// <summary>One head of the bundle, ready to score single rows (pooled engines) or batches (one Transform).</summary>
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

    public float[] Score(ModelInput input)
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
