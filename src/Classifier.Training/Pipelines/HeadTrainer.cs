using System.Diagnostics;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Training.Evaluation;
using Microsoft.ML;

namespace Classifier.Training.Pipelines;

/// <summary>Trains one head: tries pipelines on a stratified validation split, keeps the best by macro-F1, then
/// refits it on every row.</summary>
public sealed class HeadTrainer
{
    private readonly MLContext _mlContext;
    private readonly IProgress<string> _progress;

    public HeadTrainer(MLContext mlContext, IProgress<string> progress)
    {
        _mlContext = mlContext;
        _progress = progress;
    }

    public HeadTrainingResult Train(
        string head,
        IReadOnlyList<ModelInput> inputs,
        IReadOnlyList<int> labels,
        HeadTrainingOptions options,
        IReadOnlyList<float>? weights = null)
    {
        var classes = HeadNames.LabelsOf(head);
        var (trainIdx, validIdx) = StratifiedSplitter.Split(labels, options.ValidationFraction, options.Seed);
        if (validIdx.Length == 0)
        {
            throw new InvalidOperationException($"{head}: too few labelled rows ({labels.Count}) for a validation split.");
        }

        var trainView = ToView(inputs, labels, weights, trainIdx, classes.Count);
        var validView = ToView(inputs, labels, weights, validIdx, classes.Count);
        var validGold = validIdx.Select(i => labels[i]).ToArray();

        // With a single pipeline to try, the refit on all rows does not depend on the validation result: run it beside
        // the validation fit. L-BFGS keeps only about 1.4 of 2 cores busy, so this cut `train --selection None` wall
        // time by about a third (bench/run.sh).
        var allIdx = Enumerable.Range(0, labels.Count).ToArray();
        Task<(ITransformer Model, DataViewSchema Schema)>? earlyRefit = null;
        if (OnlyCandidate(head, options) is var (onlyF, onlyT))
        {
            _progress.Report($"{head}: refitting {onlyF.Name} + {onlyT.Name} on all {labels.Count} rows, beside the validation fit");
            earlyRefit = Task.Run(() => Refit(head, inputs, labels, weights, allIdx, classes.Count, onlyF, onlyT, options));
        }

        var tried = new List<(FeaturizerSpec F, TrainerSpec T, ClassificationReport R, float[][] Scores, double Seconds)>();
        foreach (var (featurizer, trainer) in Plan(head, options, tried))
        {
            _progress.Report($"{head}: fitting {featurizer.Name} + {trainer.Name} on {trainIdx.Length} rows");
            var watch = Stopwatch.StartNew();
            var model = PipelineFactory.Create(_mlContext, head, featurizer, trainer, options.Features).Fit(trainView);
            var scores = Score(model, validView);
            var report = MetricsCalculator.Compute(head, classes, validGold, scores.Select(s => VectorMath.ArgMax(s)).ToArray());
            watch.Stop();
            tried.Add((featurizer, trainer, report, scores, watch.Elapsed.TotalSeconds));
            _progress.Report($"{head}: {featurizer.Name} + {trainer.Name}: macro-F1 {report.MacroF1:F3}, accuracy {report.Accuracy:F3} ({watch.Elapsed.TotalSeconds:F1}s)");
        }

        var best = Best(tried, options.MinGain);
        var top = tried.MaxBy(t => (t.R.MacroF1, t.R.Accuracy));
        if (top != best)
        {
            _progress.Report($"{head}: keeping {best.F.Name} + {best.T.Name} (macro-F1 {best.R.MacroF1:F3}): within {options.MinGain} of "
                + $"{top.F.Name} + {top.T.Name} ({top.R.MacroF1:F3}) and cheaper to score");
        }

        if (earlyRefit is null)
        {
            _progress.Report($"{head}: refitting {best.F.Name} + {best.T.Name} on all {labels.Count} rows");
        }

        // Beside the refit, which leaves a core partly idle (see above).
        var curve = options.TrainingCurve
            ? Task.Run(() => MeasureCurve(head, inputs, labels, weights, trainIdx, validGold, validIdx, best.F, best.T, (best.R, best.Seconds), options))
            : null;
        var (final, schema) = earlyRefit?.GetAwaiter().GetResult()
            ?? Refit(head, inputs, labels, weights, allIdx, classes.Count, best.F, best.T, options);
        var temperature = Calibration.FitTemperature(best.Scores, validGold);
        var calibrated = best.Scores.Select(s => TemperatureScaling.Apply(s, temperature)).ToArray();
        var calibration = new CalibrationSummary(
            Math.Round(Calibration.ExpectedCalibrationError(best.Scores, validGold), 4),
            Math.Round(Calibration.ExpectedCalibrationError(calibrated, validGold), 4));
        _progress.Report($"{head}: temperature {temperature} (validation ECE {calibration.EceBefore:F3} -> {calibration.EceAfter:F3})");
        return new HeadTrainingResult
        {
            Head = head,
            Model = final,
            InputSchema = schema,
            Featurizer = best.F,
            Trainer = best.T,
            TrainingRows = labels.Count,
            ReadsToneEvidence = PipelineFactory.ReadsToneEvidence(head, options.Features),
            ReadsEmbedding = best.F.ReadsEmbedding,
            Validation = best.R,
            Candidates = tried
                .OrderByDescending(t => (t.R.MacroF1, t.R.Accuracy))
                .Select(t => new CandidateResult(t.T.Name, t.F.Name, t.R.Accuracy, t.R.MacroF1, Math.Round(t.Seconds, 2)))
                .ToArray(),
            ValidationRows = validIdx,
            ValidationScores = calibrated,
            TrainingCurve = curve?.GetAwaiter().GetResult(),
            Temperature = temperature,
            Calibration = calibration,
        };
    }

    /// <summary>The pipelines to try. Quick mode picks the featurizer with the fast trainer first, so it looks at
    /// what has been tried so far (the plan is lazy).</summary>
    private static IEnumerable<(FeaturizerSpec, TrainerSpec)> Plan(
        string head,
        HeadTrainingOptions options,
        List<(FeaturizerSpec F, TrainerSpec T, ClassificationReport R, float[][] Scores, double Seconds)> tried)
    {
        var featurizers = options.Featurizer is { } f ? [f] : FeaturizerSpec.CandidatesFor(options.Features.HasEncoder);
        var trainers = options.Trainer is { } t ? [t] : TrainerSpec.All;
        switch (options.Selection)
        {
            case SelectionMode.None:
                yield return (featurizers[0], trainers[0]);
                break;
            case SelectionMode.Full:
                foreach (var featurizer in featurizers)
                {
                    foreach (var trainer in trainers)
                    {
                        yield return (featurizer, trainer);
                    }
                }

                break;
            default:
                foreach (var featurizer in featurizers)
                {
                    yield return (featurizer, trainers[0]);
                }

                var bestFeaturizer = Best(tried, options.MinGain).F;
                foreach (var trainer in trainers.Skip(1).Where(t => !t.NeedsDenseFeatures || PipelineFactory.ReadsDenseFeatures(head, options.Features)))
                {
                    yield return (bestFeaturizer, trainer);
                }

                break;
        }
    }

    /// <summary>The one pipeline the plan will try, when it is known before any fit: the plan's first, which it yields
    /// before looking at any result.</summary>
    private static (FeaturizerSpec F, TrainerSpec T)? OnlyCandidate(string head, HeadTrainingOptions options) =>
        options.Selection == SelectionMode.None || (options.Featurizer is not null && options.Trainer is not null)
            ? Plan(head, options, []).First()
            : null;

    /// <summary>Fits the kept pipeline on every row. Its own context, seeded like the selection's, so the final model
    /// does not depend on how many candidates drew from the shared context's random state before it, nor on whether it
    /// ran beside the validation fit.</summary>
    private static (ITransformer Model, DataViewSchema Schema) Refit(
        string head,
        IReadOnlyList<ModelInput> inputs,
        IReadOnlyList<int> labels,
        IReadOnlyList<float>? weights,
        int[] rows,
        int classCount,
        FeaturizerSpec featurizer,
        TrainerSpec trainer,
        HeadTrainingOptions options)
    {
        var mlContext = new MLContext(seed: options.Seed);
        var view = ToView(mlContext, inputs, labels, weights, rows, classCount);
        return (PipelineFactory.Create(mlContext, head, featurizer, trainer, options.Features).Fit(view), view.Schema);
    }

    /// <summary>The kept pipeline on shares of the training split, scored on the validation split; its own context,
    /// seeded like the rest, since it runs beside the refit.</summary>
    private IReadOnlyList<TrainingCurvePoint> MeasureCurve(
        string head,
        IReadOnlyList<ModelInput> inputs,
        IReadOnlyList<int> labels,
        IReadOnlyList<float>? weights,
        int[] trainIdx,
        int[] validGold,
        int[] validIdx,
        FeaturizerSpec featurizer,
        TrainerSpec trainer,
        (ClassificationReport Report, double Seconds) full,
        HeadTrainingOptions options)
    {
        var mlContext = new MLContext(seed: options.Seed);
        var classes = HeadNames.LabelsOf(head);
        var validView = ToView(mlContext, inputs, labels, weights, validIdx, classes.Count);
        return TrainingCurve.Measure(head, trainIdx, labels, full, options.Seed, rows =>
        {
            var model = PipelineFactory.Create(mlContext, head, featurizer, trainer, options.Features)
                .Fit(ToView(mlContext, inputs, labels, weights, rows, classes.Count));
            var scores = mlContext.Data.CreateEnumerable<ScoreRow>(model.Transform(validView), reuseRowObject: false).Select(r => VectorMath.ArgMax(r.Score)).ToArray();
            return MetricsCalculator.Compute(head, classes, validGold, scores);
        }, _progress);
    }

    private static (FeaturizerSpec F, TrainerSpec T, ClassificationReport R, float[][] Scores, double Seconds) Best(
        List<(FeaturizerSpec F, TrainerSpec T, ClassificationReport R, float[][] Scores, double Seconds)> tried,
        double minGain) =>
        tried[CandidatePicker.Pick(
            [.. tried.Select(t => new CandidatePicker.Candidate(t.R.MacroF1, t.R.Accuracy, t.F.ScoringCost + t.T.ScoringCost))],
            minGain)];

    private IDataView ToView(IReadOnlyList<ModelInput> inputs, IReadOnlyList<int> labels, IReadOnlyList<float>? weights, int[] indices, int classCount) =>
        ToView(_mlContext, inputs, labels, weights, indices, classCount);

    private static IDataView ToView(
        MLContext mlContext, IReadOnlyList<ModelInput> inputs, IReadOnlyList<int> labels, IReadOnlyList<float>? weights, int[] indices, int classCount) =>
        TrainingRow.ToDataView(
            mlContext,
            indices.Select(i => new TrainingRow
            {
                Text = inputs[i].Text,
                RegionEvidence = inputs[i].RegionEvidence,
                ToneEvidence = inputs[i].ToneEvidence,
                Embedding = inputs[i].Embedding,
                Label = (uint)labels[i],
                Weight = weights?[i] ?? 1f,
            }).ToArray(),
            classCount);

    private float[][] Score(ITransformer model, IDataView view) =>
        _mlContext.Data.CreateEnumerable<ScoreRow>(model.Transform(view), reuseRowObject: false)
            .Select(r => r.Score)
            .ToArray();
}
