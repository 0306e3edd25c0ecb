using Classifier.Countries;
using Classifier.Taxonomy;
using Classifier.Text;

namespace Classifier.Features;

/// <summary>Turns an article into model features. Training and scoring both call this, so they cannot drift.</summary>
public sealed class ArticleFeaturizer : IArticleFeaturizer
{
    private readonly CountryDetector _detector;
    private readonly CountryRegions _regions;
    private readonly ToneEvidence _tone;

    public ArticleFeaturizer(CountryDetector detector, CountryRegions regions, ToneEvidence tone)
    {
        _detector = detector;
        _regions = regions;
        _tone = tone;
    }

    public static ArticleFeaturizer Default { get; } = new(CountryDetector.Default, CountryRegions.Default, ToneEvidence.Default);

    /// <param name="toneEvidence">False leaves the tone evidence at zero, for models whose heads do not read it.</param>
    public ArticleFeatures Featurize(string? title, string text, bool toneEvidence = true)
    {
        var normalizedTitle = TextNormalizer.Normalize(ArticleCleaner.Clean(title));
        var normalizedText = TextNormalizer.Normalize(ArticleCleaner.Clean(text));
        var countries = _detector.Detect(normalizedTitle, normalizedText);
        var input = new ModelInput
        {
            Text = ModelText(normalizedTitle, normalizedText),
            RegionEvidence = RegionEvidence(countries),
            ToneEvidence = toneEvidence ? _tone.Compute(normalizedTitle, normalizedText) : new float[FeatureLayout.ToneEvidenceLength],
        };
        return new ArticleFeatures(input, countries);
    }

    /// <summary><see cref="TextNormalizer.ModelText"/> for parts already normalised: it would normalise both again
    /// (normalising is idempotent), which was a tenth of featurizing an 800-word article.</summary>
    private static string ModelText(string normalizedTitle, string normalizedText) =>
        normalizedTitle.Length == 0 ? normalizedText
        : normalizedText.Length == 0 ? normalizedTitle
        : string.Concat(normalizedTitle, " . ", normalizedText);

    /// <summary>Per region, the salience of its most salient detected country (slots 0-6), then the region's share of
    /// the salience of all detected countries (slots 7-13). The share lets the head prefer the region a story is
    /// about (three Middle Eastern countries discussed) over the one that speaks most prominently (a Moscow dateline).</summary>
    public float[] RegionEvidence(IReadOnlyList<CountryMention> countries)
    {
        var regions = Labels.Regions.Count;
        var evidence = new float[FeatureLayout.RegionEvidenceLength];
        var total = 0f;
        foreach (var mention in countries)
        {
            if (_regions.TryGetRegion(mention.Iso3, out var region))
            {
                var index = Labels.Regions.IndexOf(region);
                evidence[index] = Math.Max(evidence[index], mention.Salience);
                evidence[regions + index] += mention.Salience;
                total += mention.Salience;
            }
        }

        for (var i = regions; i < evidence.Length && total > 0; i++)
        {
            evidence[i] /= total;
        }

        return evidence;
    }
}
