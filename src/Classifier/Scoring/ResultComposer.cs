using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Countries;
using Classifier.Taxonomy;

namespace Classifier.Scoring;

/// <summary>Turns head scores and detected countries into a <see cref="Classification"/>.</summary>
internal sealed class ResultComposer
{
    private readonly ComposerSettings _settings;
    private readonly CountryRegions _countryRegions;

    public ResultComposer(ComposerSettings settings, CountryRegions countryRegions)
    {
        _settings = settings;
        _countryRegions = countryRegions;
    }

    public Classification Compose(
        string? id,
        float[]? regionScores,
        float[]? topicScores,
        float[]? toneScores,
        float[] regionEvidence,
        IReadOnlyList<CountryMention> countries)
    {
        var regions = Abstains(regionScores, regionEvidence) ? [] : ComposeRegions(regionScores, regionEvidence);
        var topic = topicScores is null ? null : Labels.Topics[VectorMath.ArgMax(topicScores)];
        var (coarse, toneClass) = toneScores is null ? (null, null) : ChooseTone(toneScores);
        return new Classification
        {
            Id = id,
            Label = HeadlineLabel(coarse, topic),
            Region = regions.Count > 0 ? regions[0].Id : regionScores is null ? "" : UnknownRegion,
            Regions = regions,
            RegionScores = Ranked(Labels.Regions, regionScores),
            Countries = ListedCountries(countries),
            Topic = topic ?? "",
            TopicScores = Ranked(Labels.Topics, topicScores),
            Tone = coarse ?? "",
            ToneClass = toneClass ?? "",
            ToneScores = Ranked(Labels.Tones, toneScores),
        };
    }

    /// <summary>The region value when the composer abstains.</summary>
    public const string UnknownRegion = "unknown";

    /// <summary>No country named and a head that is unsure: a guess would mostly be the training data's majority
    /// region (a sentence like "Troops shelled rebel positions" came out north-america at 1.00 before this).</summary>
    private bool Abstains(float[]? regionScores, float[] evidence)
    {
        if (regionScores is null || _settings.UnknownRegionBelow <= 0f)
        {
            return false;
        }

        for (var i = 0; i < Labels.Regions.Count; i++)
        {
            if (evidence[i] > 0f)
            {
                return false;
            }
        }

        return regionScores[VectorMath.ArgMax(regionScores)] < _settings.UnknownRegionBelow;
    }

    /// <summary>The primary region is the region head's choice; further regions come from a noisy-OR of the head's
    /// probability and the gazetteer evidence (its first slots: each region's top salience), so a country named in
    /// the text counts even where the head hesitates.</summary>
    /// <remarks>Loops rather than LINQ here and below: composing was 3 µs of a 15 µs sentence, mostly iterator and
    /// delegate allocations.</remarks>
    private List<LabelScore> ComposeRegions(float[]? modelScores, float[] evidence)
    {
        Span<float> combined = stackalloc float[Labels.Regions.Count];
        for (var i = 0; i < combined.Length; i++)
        {
            var p = modelScores?[i] ?? 0f;
            combined[i] = 1f - ((1f - p) * (1f - evidence[i]));
        }

        var primary = modelScores is not null ? VectorMath.ArgMax(modelScores) : VectorMath.ArgMax(combined);
        if (combined[primary] <= 0f)
        {
            return [];
        }

        var result = new List<LabelScore>(2) { new(Labels.Regions[primary], combined[primary]) };
        // A second region cannot be surer than the primary one: a Moscow dateline names Russia loudly, but the story
        // is about Syria. Capping keeps the list ordered by its own scores with the primary first.
        Span<int> order = stackalloc int[combined.Length];
        var count = 0;
        for (var i = 0; i < combined.Length; i++)
        {
            if (i != primary && combined[i] >= _settings.RegionThreshold)
            {
                order[count++] = i;
            }
        }

        SortDescendingStable(order[..count], combined);
        foreach (var i in order[..count])
        {
            result.Add(new LabelScore(Labels.Regions[i], Math.Min(combined[i], combined[primary])));
        }

        return result;
    }

    private string[] ListedCountries(IReadOnlyList<CountryMention> countries)
    {
        var listed = 0;
        foreach (var c in countries)
        {
            if (IsListed(c))
            {
                listed++;
            }
        }

        var result = listed == 0 ? [] : new string[listed];
        var k = 0;
        foreach (var c in countries)
        {
            if (IsListed(c))
            {
                result[k++] = c.Iso3;
            }
        }

        return result;

        bool IsListed(CountryMention c) => c.Salience >= _settings.CountryThreshold && _countryRegions.IsKnown(c.Iso3);
    }

    /// <summary>The coarse tone with the most probability mass wins; the fine class is the best one inside it, so
    /// <c>tone</c> and <c>toneClass</c> never contradict each other.</summary>
    private static (string Coarse, string Fine) ChooseTone(float[] scores)
    {
        string? bestCoarse = null;
        var bestMass = float.MinValue;
        foreach (var coarse in Labels.CoarseTones.Ids)
        {
            var mass = 0f;
            for (var i = 0; i < scores.Length; i++)
            {
                if (Labels.CoarseToneOf(Labels.Tones[i]) == coarse)
                {
                    mass += scores[i];
                }
            }

            if (mass > bestMass)
            {
                (bestCoarse, bestMass) = (coarse, mass);
            }
        }

        var fine = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (Labels.CoarseToneOf(Labels.Tones[i]) == bestCoarse && (fine < 0 || scores[i] > scores[fine]))
            {
                fine = i;
            }
        }

        return (bestCoarse!, Labels.Tones[fine]);
    }

    private static string HeadlineLabel(string? coarse, string? topic) => (coarse, topic) switch
    {
        (not null, not null) => Labels.Headline(coarse, topic),
        (not null, null) => coarse,
        (null, not null) => topic,
        _ => "",
    };

    /// <summary>Every class with its score, best first; equal scores keep the taxonomy's order.</summary>
    private static LabelScore[] Ranked(LabelSet labels, float[]? scores)
    {
        if (scores is null)
        {
            return [];
        }

        Span<int> order = stackalloc int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        SortDescendingStable(order, scores);
        var result = new LabelScore[scores.Length];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = new LabelScore(labels[order[k]], scores[order[k]]);
        }

        return result;
    }

    /// <summary>Insertion sort of indices by descending score, stable like LINQ's OrderByDescending (a handful of
    /// classes, so no allocation beats any faster algorithm).</summary>
    private static void SortDescendingStable(Span<int> order, ReadOnlySpan<float> scores)
    {
        for (var i = 1; i < order.Length; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= 0 && scores[order[j]] < scores[item])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }
}
