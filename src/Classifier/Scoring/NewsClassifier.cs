using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Taxonomy;
using Microsoft.ML;

namespace Classifier.Scoring;

/// <summary>Scores articles with a loaded model bundle. Load once, share freely: every member is thread-safe.</summary>
public sealed class NewsClassifier
{
    private readonly IArticleFeaturizer _featurizer;
    private readonly ResultComposer _composer;
    private readonly HeadScorer? _region;
    private readonly HeadScorer? _topic;
    private readonly HeadScorer? _tone;
    private readonly bool _readsToneEvidence;
    private readonly EmbeddingSource? _embedding;

    private NewsClassifier(ModelBundle bundle, IArticleFeaturizer featurizer, MLContext mlContext)
    {
        Bundle = bundle;
        _featurizer = featurizer;
        _composer = new ResultComposer(bundle.Manifest.Composer, CountryRegions.Default);
        _region = HeadOrNull(HeadNames.Region);
        _topic = HeadOrNull(HeadNames.Topic);
        _tone = HeadOrNull(HeadNames.Tone);
        _readsToneEvidence = bundle.Manifest.ReadsToneEvidence();
        // Null unless a head reads the encoder's vector (ModelBundle opens it only then): the costliest step by far.
        _embedding = bundle.Embedding;

        HeadScorer? HeadOrNull(string name) =>
            bundle.Heads.TryGetValue(name, out var model)
                ? new HeadScorer(mlContext, model, HeadNames.LabelsOf(name).Count, bundle.Embedding?.Dimensions ?? 1,
                    bundle.Manifest.Heads[name].Temperature ?? 1f)
                : null;
    }

    public ModelBundle Bundle { get; }

    public BundleManifest Manifest => Bundle.Manifest;

    /// <summary>Loads a bundle directory; throws <see cref="BundleLoadException"/> naming what is wrong.</summary>
    public static NewsClassifier Load(string bundleDirectory) => Load(bundleDirectory, ArticleFeaturizer.Default);

    internal static NewsClassifier Load(string bundleDirectory, IArticleFeaturizer featurizer)
    {
        var mlContext = new MLContext(seed: 0);
        return new NewsClassifier(ModelBundle.Load(bundleDirectory, mlContext), featurizer, mlContext);
    }

    public Classification Classify(Article article)
    {
        Validate(article);
        var features = _featurizer.Featurize(article.Title, article.Text, _readsToneEvidence);
        if (_embedding is not null)
        {
            features.Input.Embedding = _embedding.Embed(features.Input.Text);
        }

        return Compose(article, features);
    }

    /// <summary>Below this many articles a batch is scored row by row on the pooled engines. One
    /// <c>Transform</c> costs about 5.7 ms before its first row (building the data view and the typed cursor), while
    /// one short article took 0.06 ms on an engine with the 2026-11-28 bundle, so a live trickle or a single HTTP
    /// request is not made up to 90 times slower. With the faster 2026-12-04 bundle the engines are still ahead for
    /// 1,024 sentences (22.6 against 27.7 ms, bench/micro.sh); the threshold was not re-tuned.</summary>
    public const int TransformBatchThreshold = 128;

    /// <summary>Scores many articles; results are in input order. Batches of <see cref="TransformBatchThreshold"/> or
    /// more go through one pass of each head over an <see cref="IDataView"/>, smaller ones through the pooled engines;
    /// both give the same results. Throws before scoring anything if an article is invalid, naming its position.</summary>
    public IReadOnlyList<Classification> ClassifyBatch(IReadOnlyList<Article> articles) =>
        ClassifyBatch(articles, useTransform: articles.Count >= TransformBatchThreshold);

    internal IReadOnlyList<Classification> ClassifyBatch(IReadOnlyList<Article> articles, bool useTransform)
    {
        for (var i = 0; i < articles.Count; i++)
        {
            Validate(articles[i], i);
        }

        if (articles.Count == 0)
        {
            return [];
        }

        var features = articles.Select(a => _featurizer.Featurize(a.Title, a.Text, _readsToneEvidence)).ToArray();
        var inputs = features.Select(f => f.Input).ToArray();
        if (_embedding is not null)
        {
            // One call for the batch, so the encoder can spread the texts over the cores.
            var vectors = _embedding.Embed([.. inputs.Select(i => i.Text)]);
            for (var i = 0; i < inputs.Length; i++)
            {
                inputs[i].Embedding = vectors[i];
            }
        }

        if (!useTransform)
        {
            return [.. Enumerable.Range(0, articles.Count).Select(i => Compose(articles[i], features[i]))];
        }

        var region = _region?.ScoreBatch(inputs);
        var topic = _topic?.ScoreBatch(inputs);
        var tone = _tone?.ScoreBatch(inputs);
        var results = new Classification[articles.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _composer.Compose(
                articles[i].Id, region?[i], topic?[i], tone?[i], inputs[i].RegionEvidence, features[i].Countries);
        }

        return results;
    }

    /// <summary>Like <see cref="ClassifyBatch(IReadOnlyList{Article})"/>, but an article that cannot be scored costs
    /// only its own outcome: the batch is scored in one call, and if that call fails, article by article. Any exception
    /// but the fatal ones (<see cref="RecoverableExceptions"/>) is isolated, not only refusals of bad input: a defect
    /// that one article triggers must not abort a stream or make a queue redeliver the batch forever. This is what
    /// every host that must never drop a record (score, serve, worker) wants.</summary>
    public IReadOnlyList<ArticleOutcome> ClassifyBatchIsolated(IReadOnlyList<Article> articles)
    {
        try
        {
            return [.. ClassifyBatch(articles).Select(ArticleOutcome.Scored)];
        }
        catch (Exception e) when (RecoverableExceptions.IsRecoverable(e))
        {
            return [.. articles.Select(TryClassify)];
        }
    }

    private Classification Compose(Article article, ArticleFeatures features) =>
        _composer.Compose(
            article.Id,
            _region?.Score(features.Input),
            _topic?.Score(features.Input),
            _tone?.Score(features.Input),
            features.Input.RegionEvidence,
            features.Countries);

    private ArticleOutcome TryClassify(Article article)
    {
        try
        {
            return ArticleOutcome.Scored(Classify(article));
        }
        catch (Exception e) when (RecoverableExceptions.IsRecoverable(e))
        {
            return ArticleOutcome.Failed(RecoverableExceptions.Describe(e));
        }
    }

    private static void Validate(Article article, int? position = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        // A headline alone is enough to score (wire flashes and some corpora's items have no body); nothing at all is not.
        if (string.IsNullOrWhiteSpace(article.Text) && string.IsNullOrWhiteSpace(article.Title))
        {
            var where = article.Id is not null ? $"article '{article.Id}'" : position is { } p ? $"article #{p + 1}" : "article";
            throw new ArgumentException($"{where}: both title and text are empty.", nameof(article));
        }
    }
}
