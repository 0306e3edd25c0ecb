using Classifier.Features;
using Microsoft.ML;

namespace Classifier.Scoring;

/// <summary>One head of the bundle, ready to score single rows (pooled engines) or batches (one Transform).</summary>
internal sealed class HeadScorer
{
    private readonly MLContext _mlContext;
    private readonly ITransformer _model;
    private readonly ObjectPool<PredictionEngine<ModelInput, ScoreRow>> _engines;

    public HeadScorer(MLContext mlContext, ITransformer model, int classCount)
    {
        _mlContext = mlContext;
        _model = model;
        ClassCount = classCount;
        _engines = new ObjectPool<PredictionEngine<ModelInput, ScoreRow>>(
            () => mlContext.Model.CreatePredictionEngine<ModelInput, ScoreRow>(model),
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
        var view = _mlContext.Data.LoadFromEnumerable(inputs);
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
            ? scores
            : throw new InvalidOperationException($"The model returned {scores.Length} scores; the head has {ClassCount} classes.");
}
