using Classifier.Bundles;
using Classifier.Countries;
using Classifier.Scoring;
using Classifier.Taxonomy;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Runs;

/// <summary>Picks the composer's thresholds on the validation split: the country salience cut that maximises
/// countries micro-F1, and the region score cut that maximises regions micro-F1.</summary>
public static class ComposerTuner
{
    private static readonly float[] s_grid = [0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f, 0.8f, 0.9f];

    public sealed record Case(
        float[] RegionScores,
        float[] RegionEvidence,
        IReadOnlyList<CountryMention> Detected,
        IReadOnlyList<string> GoldRegions,
        IReadOnlyList<string> GoldCountries);

    public sealed record Result(ComposerSettings Settings, double RegionsMicroF1, double CountriesMicroF1);

    public static Result Tune(IReadOnlyList<Case> cases)
    {
        var withCountries = cases.Where(c => c.GoldCountries.Count > 0).ToArray();
        var (countryThreshold, countriesF1) = Best(t =>
        {
            var composer = new ResultComposer(new ComposerSettings { CountryThreshold = t }, CountryRegions.Default);
            return MetricsCalculator.MicroF1(
                withCountries.Select(c => (IReadOnlyCollection<string>)c.GoldCountries.ToArray()).ToArray(),
                withCountries.Select(c => (IReadOnlyCollection<string>)Compose(composer, c).Countries.ToArray()).ToArray());
        });

        var (regionThreshold, regionsF1) = Best(t =>
        {
            var composer = new ResultComposer(new ComposerSettings { RegionThreshold = t }, CountryRegions.Default);
            return MetricsCalculator.MicroF1(
                cases.Select(c => (IReadOnlyCollection<string>)c.GoldRegions.ToArray()).ToArray(),
                cases.Select(c => (IReadOnlyCollection<string>)Compose(composer, c).Regions.Select(r => r.Id).ToArray()).ToArray());
        });

        return new Result(
            new ComposerSettings
            {
                CountryThreshold = countryThreshold,
                RegionThreshold = regionThreshold,
                UnknownRegionBelow = ComposerSettings.DefaultUnknownRegionBelow,
            },
            regionsF1,
            countriesF1);
    }

    private static Articles.Classification Compose(ResultComposer composer, Case c) =>
        composer.Compose(null, c.RegionScores, null, null, c.RegionEvidence, c.Detected);

    private static (float Threshold, double Score) Best(Func<float, double> score) =>
        s_grid.Select(t => (t, score(t))).MaxBy(x => x.Item2);
}
