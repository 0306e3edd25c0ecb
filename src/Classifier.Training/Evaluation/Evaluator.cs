using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Progress;
using Classifier.Scoring;
using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Evaluation;

/// <summary>Scores labelled articles with a bundle and compares each head with the gold labels.</summary>
public sealed class Evaluator
{
    private const int BatchSize = 256;
    private readonly NewsClassifier _classifier;
    private readonly IProgress<string>? _progress;

    public Evaluator(NewsClassifier classifier, IProgress<string>? progress = null)
    {
        _classifier = classifier;
        _progress = progress;
    }

    public EvaluationReport Evaluate(IReadOnlyList<LabelledArticle> articles) => Evaluate(articles, Predict(articles));

    /// <summary>Scores every article, in order, reporting progress after each batch.</summary>
    public IReadOnlyList<Classification> Predict(IReadOnlyList<LabelledArticle> articles)
    {
        var predictions = new List<Classification>(articles.Count);
        foreach (var chunk in articles.Chunk(BatchSize))
        {
            predictions.AddRange(_classifier.ClassifyBatch(chunk.Select(a => new Article(a.Id, a.Title, a.Text)).ToArray()));
            if (_progress is IProgress<WorkProgress>)
            {
                _progress.ReportWork("scoring", predictions.Count, articles.Count, "articles");
            }
            else
            {
                _progress?.Report($"scored {predictions.Count}/{articles.Count}");
            }
        }

        return predictions;
    }

    /// <summary>The report for predictions already made (<see cref="Predict"/>), one per article in order.</summary>
    public EvaluationReport Evaluate(IReadOnlyList<LabelledArticle> articles, IReadOnlyList<Classification> predictions)
    {
        if (predictions.Count != articles.Count)
        {
            throw new ArgumentException($"{predictions.Count} predictions for {articles.Count} articles.", nameof(predictions));
        }

        var heads = _classifier.Manifest.Heads.Keys.ToHashSet();
        var reports = new List<ClassificationReport>();
        if (heads.Contains(HeadNames.Region))
        {
            reports.AddRange(Report(HeadNames.Region, Labels.Regions, articles, predictions, a => a.PrimaryRegion, p => p.Region, p => p.RegionScores));
        }

        if (heads.Contains(HeadNames.Topic))
        {
            reports.AddRange(Report(HeadNames.Topic, Labels.Topics, articles, predictions, a => a.Topic, p => p.Topic, p => p.TopicScores));
        }

        ClassificationReport? coarse = null;
        if (heads.Contains(HeadNames.Tone))
        {
            reports.AddRange(Report(HeadNames.Tone, Labels.Tones, articles, predictions, a => a.Tone, p => p.ToneClass, p => p.ToneScores));
            coarse = Report("coarse tone", Labels.CoarseTones, articles, predictions,
                a => a.Tone is null ? null : Labels.CoarseToneOf(a.Tone), p => p.Tone).FirstOrDefault();
        }

        return new EvaluationReport
        {
            Rows = articles.Count,
            Heads = reports,
            CoarseTone = coarse,
            RegionsMicroF1 = heads.Contains(HeadNames.Region)
                ? SetF1(articles, predictions, a => a.Regions, p => p.Regions.Select(r => r.Id).ToArray())
                : null,
            CountriesMicroF1 = SetF1(articles, predictions, a => a.Countries, p => p.Countries),
            LabelAccuracy = heads.Contains(HeadNames.Topic) && heads.Contains(HeadNames.Tone) ? LabelAccuracy(articles, predictions) : null,
        };
    }

    private static IEnumerable<ClassificationReport> Report(
        string head,
        LabelSet labels,
        IReadOnlyList<LabelledArticle> articles,
        IReadOnlyList<Classification> predictions,
        Func<LabelledArticle, string?> gold,
        Func<Classification, string> predicted,
        Func<Classification, IReadOnlyList<LabelScore>>? scores = null)
    {
        var rows = Enumerable.Range(0, articles.Count).Where(i => gold(articles[i]) is not null).ToArray();
        if (rows.Length == 0)
        {
            yield break;
        }

        var report = MetricsCalculator.Compute(
            head,
            labels,
            rows.Select(i => labels.IndexOf(gold(articles[i])!)).ToArray(),
            rows.Select(i => labels.IndexOf(predicted(predictions[i]))).ToArray());
        if (scores is not null && rows.All(i => scores(predictions[i]).Count > 0))
        {
            // Calibration of the head itself: its top class's probability against whether that class is right.
            var top = rows.Select(i => scores(predictions[i])[0]).ToArray();
            report = report with
            {
                ExpectedCalibrationError = Calibration.ExpectedCalibrationError(
                    top.Select(t => t.Score).ToArray(),
                    rows.Select((i, k) => top[k].Id == gold(articles[i])).ToArray()),
            };
        }

        yield return report;
    }

    private static double? SetF1(
        IReadOnlyList<LabelledArticle> articles,
        IReadOnlyList<Classification> predictions,
        Func<LabelledArticle, IReadOnlyList<string>> gold,
        Func<Classification, IReadOnlyList<string>> predicted)
    {
        var rows = Enumerable.Range(0, articles.Count).Where(i => gold(articles[i]).Count > 0).ToArray();
        return rows.Length == 0
            ? null
            : MetricsCalculator.MicroF1(
                rows.Select(i => (IReadOnlyCollection<string>)gold(articles[i]).ToArray()).ToArray(),
                rows.Select(i => (IReadOnlyCollection<string>)predicted(predictions[i]).ToArray()).ToArray());
    }

    private static double? LabelAccuracy(IReadOnlyList<LabelledArticle> articles, IReadOnlyList<Classification> predictions)
    {
        var rows = Enumerable.Range(0, articles.Count).Where(i => articles[i].Topic is not null && articles[i].Tone is not null).ToArray();
        return rows.Length == 0
            ? null
            : rows.Count(i => predictions[i].Label == Labels.Headline(Labels.CoarseToneOf(articles[i].Tone!), articles[i].Topic!)) / (double)rows.Length;
    }
}
