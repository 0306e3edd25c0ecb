using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Countries;
using Classifier.Features;
using Classifier.Scoring;
using Classifier.Taxonomy;
using Classifier.Text;
using Microsoft.ML;

namespace Classifier.Explanations;

/// <summary>Explains classifications made with one loaded bundle. Build once per bundle (it copies each head's
/// coefficients); thread-safe.</summary>
public sealed class ArticleExplainer
{
    /// <summary>How many features each head lists unless told otherwise.</summary>
    public const int DefaultTopFeatures = 10;

    private readonly NewsClassifier _classifier;
    private readonly ArticleFeaturizer _featurizer = ArticleFeaturizer.Default;
    private readonly CountryDetector _detector = CountryDetector.Default;
    private readonly CountryRegions _regions = CountryRegions.Default;
    private readonly IReadOnlyList<(string Head, IHeadExplainer Explainer)> _heads;

    public ArticleExplainer(NewsClassifier classifier)
    {
        _classifier = classifier;
        var bundle = classifier.Bundle;
        var mlContext = new MLContext(seed: 0);
        var embeddingLength = bundle.Embedding?.Dimensions ?? 1;
        _heads = [.. HeadNames.All
            .Where(bundle.Heads.ContainsKey)
            .Select(name => (name, (IHeadExplainer?)LinearHeadExplainer.TryCreate(mlContext, bundle.Heads[name], name, bundle.Manifest.Heads[name], embeddingLength)
                ?? new OpaqueHeadExplainer(mlContext, bundle.Heads[name], name, bundle.Manifest.Heads[name], embeddingLength)))];
    }

    public ArticleExplanation Explain(Article article, int topFeatures = DefaultTopFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topFeatures);
        var result = _classifier.Classify(article);
        var manifest = _classifier.Manifest;
        var features = _featurizer.Featurize(article.Title, article.Text, manifest.ReadsToneEvidence());
        if (_classifier.Bundle.Embedding is { } embedding)
        {
            features.Input.Embedding = embedding.Embed(features.Input.Text);
        }

        return new ArticleExplanation
        {
            Result = result,
            Heads = [.. _heads.Select(h => h.Explainer.Explain(features.Input, topFeatures))],
            Countries = Countries(article, features.Countries, manifest.Composer),
        };
    }

    private CountryEvidence[] Countries(Article article, IReadOnlyList<CountryMention> mentions, ComposerSettings composer)
    {
        // The detector reads the same cleaned, normalised text as the featurizer.
        var title = TextNormalizer.Normalize(ArticleCleaner.Clean(article.Title));
        var body = TextNormalizer.Normalize(ArticleCleaner.Clean(article.Text));
        var phrases = _detector.FindPhrases(title, body).ToLookup(p => p.Iso3, StringComparer.Ordinal);
        return [.. mentions.Select(m => new CountryEvidence(
            m.Iso3,
            m.Salience,
            _regions.TryGetRegion(m.Iso3, out var region) ? region : null,
            m.Salience >= composer.CountryThreshold && _regions.IsKnown(m.Iso3),
            [.. phrases[m.Iso3].Select(p => new PhraseEvidence(p.Text, p.Zone, p.Kind))]))];
    }
}
