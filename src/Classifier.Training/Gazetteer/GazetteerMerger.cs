using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>Turns candidates from all sources into one row per phrase (phrases that the detector would read
/// the same way count as one). An override settles a phrase outright. Otherwise, when sources disagree on
/// the country, the better-trusted source wins, then the stronger kind (a name beats a city), then an
/// independent country beats a territory ("Indian" is India, not the British Indian Ocean Territory); a
/// phrase still tied is ambiguous and left out.</summary>
internal static class GazetteerMerger
{
    public static GazetteerBuildResult Merge(
        IEnumerable<GazetteerCandidate> candidates,
        IReadOnlyList<(string Key, string Iso3)> exclusions,
        IReadOnlySet<string> independent)
    {
        var excluded = exclusions.ToHashSet();
        var excludedCount = 0;
        var unsafeCount = 0;
        var byKey = new Dictionary<string, List<GazetteerCandidate>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var key = GazetteerPhrase.Key(candidate.Phrase);
            if (candidate.Source != CandidateSource.Override)
            {
                if (!PhraseSafety.IsSafe(candidate.Phrase))
                {
                    unsafeCount++;
                    continue;
                }

                if (excluded.Contains((key, candidate.Iso3)) || excluded.Contains((key, GazetteerOverrides.AnyCountry)))
                {
                    excludedCount++;
                    continue;
                }
            }

            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
            }

            group.Add(candidate);
        }

        var entries = new List<GazetteerEntry>();
        var sources = new Dictionary<GazetteerEntry, CandidateSource>();
        var ambiguous = new List<string>();
        foreach (var (key, group) in byKey)
        {
            var winner = Resolve(key, group, independent);
            if (winner is null)
            {
                ambiguous.Add($"{group[0].Phrase}: {string.Join(", ", group.Select(c => c.Iso3).Distinct().Order(StringComparer.Ordinal))}");
                continue;
            }

            var entry = new GazetteerEntry(winner.Iso3, winner.Kind, winner.Phrase);
            entries.Add(entry);
            sources[entry] = winner.Source;
        }

        entries.Sort(CompareEntries);
        ambiguous.Sort(StringComparer.Ordinal);
        return new GazetteerBuildResult(entries, sources, ambiguous, excludedCount, unsafeCount);
    }

    private static GazetteerCandidate? Resolve(string key, List<GazetteerCandidate> group, IReadOnlySet<string> independent)
    {
        var overrides = group.Where(c => c.Source == CandidateSource.Override).ToList();
        if (overrides.Count > 0)
        {
            var countries = overrides.Select(c => c.Iso3).Distinct().ToList();
            if (countries.Count > 1)
            {
                throw new InvalidOperationException($"overrides give '{key}' to {string.Join(" and ", countries)}.");
            }

            return Best(overrides);
        }

        var perCountry = group
            .GroupBy(c => c.Iso3, StringComparer.Ordinal)
            .Select(g => Best(g))
            .OrderBy(c => Rank(c, independent))
            .ToList();
        return perCountry.Count == 1 || Rank(perCountry[0], independent).CompareTo(Rank(perCountry[1], independent)) < 0
            ? perCountry[0]
            : null;
    }

    // The strongest kind from the most trusted source; the first-listed spelling among equals.
    private static GazetteerCandidate Best(IEnumerable<GazetteerCandidate> candidates) =>
        candidates.OrderBy(c => c.Tier).ThenBy(c => c.Kind).First();

    private static (int Tier, GazetteerKind Kind, int Territory) Rank(GazetteerCandidate candidate, IReadOnlySet<string> independent) =>
        (candidate.Tier, candidate.Kind, independent.Contains(candidate.Iso3) ? 0 : 1);

    private static int CompareEntries(GazetteerEntry a, GazetteerEntry b)
    {
        var byCountry = string.CompareOrdinal(a.Iso3, b.Iso3);
        if (byCountry != 0)
        {
            return byCountry;
        }

        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Phrase, b.Phrase);
    }
}
