using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>Counts per label and the shortfalls against <see cref="CoverageTargets"/>.</summary>
public sealed record CoverageReport(
    int Articles,
    IReadOnlyDictionary<string, int> Topics,
    IReadOnlyDictionary<string, int> Tones,
    IReadOnlyDictionary<string, int> Regions,
    IReadOnlyDictionary<string, int> PrimaryRegions,
    double MultiRegionShare,
    IReadOnlyList<string> Shortfalls)
{
    public static CoverageReport Measure(IReadOnlyList<LabelledArticle> articles, CoverageTargets targets)
    {
        Dictionary<string, int> Count(LabelSet labels, Func<LabelledArticle, IEnumerable<string>> select) =>
            labels.Ids.ToDictionary(id => id, id => articles.Count(a => select(a).Contains(id)));

        var topics = Count(Labels.Topics, a => a.Topic is null ? [] : [a.Topic]);
        var tones = Count(Labels.Tones, a => a.Tone is null ? [] : [a.Tone]);
        var regions = Count(Labels.Regions, a => a.Regions);
        var primary = Count(Labels.Regions, a => a.PrimaryRegion is null ? [] : [a.PrimaryRegion]);
        var multi = articles.Count == 0 ? 0 : articles.Count(a => a.Regions.Count > 1) / (double)articles.Count;

        var shortfalls = new List<string>();
        if (articles.Count < targets.TotalArticles)
        {
            shortfalls.Add($"{articles.Count} articles, need {targets.TotalArticles}");
        }

        foreach (var (topic, n) in topics)
        {
            var need = targets.TopicOverrides.GetValueOrDefault(topic, targets.PerTopic);
            if (n < need)
            {
                shortfalls.Add($"topic {topic}: {n}, need {need}");
            }
        }

        shortfalls.AddRange(tones.Where(t => t.Value < targets.PerTone).Select(t => $"tone {t.Key}: {t.Value}, need {targets.PerTone}"));
        shortfalls.AddRange(regions.Where(r => r.Value < targets.PerRegion).Select(r => $"region {r.Key}: {r.Value}, need {targets.PerRegion}"));
        foreach (var topic in targets.AllTonesIn)
        {
            var missing = Labels.Tones.Ids.Where(t => !articles.Any(a => a.Topic == topic && a.Tone == t)).ToArray();
            if (missing.Length > 0)
            {
                shortfalls.Add($"topic {topic} lacks tone(s) {string.Join(", ", missing)}");
            }
        }

        if (multi < targets.MultiRegionShare)
        {
            shortfalls.Add($"multi-region share {multi:P1}, need {targets.MultiRegionShare:P0}");
        }

        return new CoverageReport(articles.Count, topics, tones, regions, primary, multi, shortfalls);
    }
}
