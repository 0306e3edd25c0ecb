namespace Classifier.Articles;

/// <summary>The classifier's reading of one article. Scores are probabilities in [0, 1].</summary>
public sealed record Classification
{
    public string? Id { get; init; }

    /// <summary>The headline label, "&lt;coarse tone&gt; &lt;topic&gt;", e.g. "cooperative diplomacy".</summary>
    public required string Label { get; init; }

    /// <summary>The primary region: where the story happens; "unknown" when no country is named and the region
    /// head is not confident (see <see cref="Bundles.ComposerSettings.UnknownRegionBelow"/>).</summary>
    public required string Region { get; init; }

    /// <summary>Every region the article concerns, primary first, then by score; scores never increase down the
    /// list. Empty when <see cref="Region"/> is "unknown".</summary>
    public required IReadOnlyList<LabelScore> Regions { get; init; }

    /// <summary>The region head's calibrated probability for every region, best first (what <see cref="Region"/>
    /// is chosen from).</summary>
    public IReadOnlyList<LabelScore> RegionScores { get; init; } = [];

    /// <summary>ISO 3166-1 alpha-3 codes of the countries the article concerns, most salient first.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required string Topic { get; init; }

    public required IReadOnlyList<LabelScore> TopicScores { get; init; }

    /// <summary>Coarse tone: cooperative, neutral or conflictual.</summary>
    public required string Tone { get; init; }

    /// <summary>Fine tone class (CAMEO PentaClass).</summary>
    public required string ToneClass { get; init; }

    public required IReadOnlyList<LabelScore> ToneScores { get; init; }
}

public sealed record LabelScore(string Id, float Score);
