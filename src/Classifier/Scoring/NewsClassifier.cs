using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Features;
using Classifier.Scoring.Compiled;
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
    private readonly TokenVocabulary? _tokens;

    private NewsClassifier(ModelBundle bundle, IArticleFeaturizer featurizer, MLContext mlContext, ScoringEngine engine)
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
        Engine = engine;
        if (engine == ScoringEngine.Compiled)
        {
            _tokens = Compile(bundle);
        }

        HeadScorer? HeadOrNull(string name) =>
            bundle.Heads.TryGetValue(name, out var model)
                ? new HeadScorer(mlContext, model, HeadNames.LabelsOf(name).Count, bundle.Embedding?.Dimensions ?? 1,
                    bundle.Manifest.Heads[name].Temperature ?? 1f)
                : null;
    }

    public ModelBundle Bundle { get; }

    /// <summary>The engine asked for when loading.</summary>
    public ScoringEngine Engine { get; }

    /// <summary>Heads scored by the compiled linear scorer (the others use ML.NET).</summary>
    public IReadOnlyList<string> CompiledHeads { get; private set; } = [];

    /// <summary>Heads left on ML.NET although the compiled engine was asked for, with the reason.</summary>
    public IReadOnlyDictionary<string, string> MlNetHeads { get; private set; } = new Dictionary<string, string>();

    public BundleManifest Manifest => Bundle.Manifest;

    /// <summary>Loads a bundle directory; throws <see cref="BundleLoadException"/> naming what is wrong.</summary>
    public static NewsClassifier Load(string bundleDirectory) => Load(bundleDirectory, ScoringEngine.Compiled);

    /// <summary>Loads a bundle to score with <paramref name="engine"/>; throws <see cref="BundleLoadException"/>
    /// naming what is wrong.</summary>
    public static NewsClassifier Load(string bundleDirectory, ScoringEngine engine) =>
        Load(bundleDirectory, ArticleFeaturizer.Default, engine);

    internal static NewsClassifier Load(string bundleDirectory, IArticleFeaturizer featurizer, ScoringEngine engine = ScoringEngine.Compiled)
    {
        var mlContext = new MLContext(seed: 0);
        return new NewsClassifier(ModelBundle.Load(bundleDirectory, mlContext), featurizer, mlContext, engine);
    }

    /// <summary>Compiles every head it can and hands each its compiled form; returns the shared vocabulary, or null
    /// when no head compiled.</summary>
    private TokenVocabulary? Compile(ModelBundle bundle)
    {
        var scorers = Heads;

        var compiled = CompiledBundle.Build(
            scorers.ToDictionary(s => s.Key, s => (bundle.Heads[s.Key], bundle.Manifest.Heads[s.Key].Temperature ?? 1f), StringComparer.Ordinal),
            bundle.Embedding?.Dimensions ?? 1,
            (name, row) => scorers[name].ScoreWithMlNet(row));
        foreach (var (name, head) in compiled.Heads)
        {
            scorers[name].UseCompiled(head);
        }

        CompiledHeads = [.. compiled.Heads.Keys.Order(StringComparer.Ordinal)];
        MlNetHeads = compiled.Skipped;
        return compiled.Heads.Count > 0 ? compiled.Vocabulary : null;
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

        var features = Featurize(articles);
        var inputs = features.Select(f => f.Input).ToArray();
        if (!useTransform || _tokens is not null && AllHeads.All(h => h.Compiled is not null))
        {
            return [.. Enumerable.Range(0, articles.Count).Select(i => Compose(articles[i], features[i]))];
        }

        var region = ScoreBatch(_region, inputs);
        var topic = ScoreBatch(_topic, inputs);
        var tone = ScoreBatch(_tone, inputs);
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

    private Classification Compose(Article article, ArticleFeatures features)
    {
        var input = features.Input;
        // One tokenization serves every compiled head.
        var count = 0;
        var ids = _tokens?.Tokenize(input.Text, out count);
        try
        {
            var tokens = ids.AsSpan(0, count);
            return _composer.Compose(
                article.Id,
                _region?.Score(input, tokens),
                _topic?.Score(input, tokens),
                _tone?.Score(input, tokens),
                input.RegionEvidence,
                features.Countries);
        }
        finally
        {
            if (ids is not null)
            {
                TokenVocabulary.Return(ids);
            }
        }
    }

    /// <summary>A head over a whole batch: ML.NET's one Transform, or row by row when the head is compiled (it has
    /// no per-call set-up to spread).</summary>
    private float[][]? ScoreBatch(HeadScorer? head, ModelInput[] inputs)
    {
        if (head?.Compiled is not { } compiled)
        {
            return head?.ScoreBatch(inputs);
        }

        var results = new float[inputs.Length][];
        for (var i = 0; i < inputs.Length; i++)
        {
            var ids = _tokens!.Tokenize(inputs[i].Text, out var count);
            results[i] = compiled.Score(ids.AsSpan(0, count), inputs[i]);
            TokenVocabulary.Return(ids);
        }

        return results;
    }

    /// <summary>The features of each article, the encoder's vector included: what every head reads.</summary>
    internal ArticleFeatures[] Featurize(IReadOnlyList<Article> articles)
    {
        var features = articles.Select(a => _featurizer.Featurize(a.Title, a.Text, _readsToneEvidence)).ToArray();
        if (_embedding is not null)
        {
            // One call for the batch, so the encoder can spread the texts over the cores.
            var vectors = _embedding.Embed([.. features.Select(f => f.Input.Text)]);
            for (var i = 0; i < features.Length; i++)
            {
                features[i].Input.Embedding = vectors[i];
            }
        }

        return features;
    }

    internal TokenVocabulary? Tokens => _tokens;

    /// <summary>The bundle's heads by name.</summary>
    internal IReadOnlyDictionary<string, HeadScorer> Heads =>
        new[] { (HeadNames.Region, _region), (HeadNames.Topic, _topic), (HeadNames.Tone, _tone) }
            .Where(h => h.Item2 is not null)
            .ToDictionary(h => h.Item1, h => h.Item2!, StringComparer.Ordinal);

    private IEnumerable<HeadScorer> AllHeads => new[] { _region, _topic, _tone }.OfType<HeadScorer>();

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
