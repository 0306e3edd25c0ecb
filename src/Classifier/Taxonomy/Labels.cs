namespace Classifier.Taxonomy;

/// <summary>The one taxonomy used everywhere: training data, models, results and the CLI.</summary>
public static class Labels
{
    public static LabelSet Regions { get; } = new("region",
    [
        "east-asia-pacific",
        "europe-central-asia",
        "latin-america-caribbean",
        "middle-east-north-africa",
        "north-america",
        "south-asia",
        "sub-saharan-africa",
    ]);

    public static LabelSet Topics { get; } = new("topic",
    [
        "diplomacy",
        "security",
        "politics",
        "economy",
        "crime-justice",
        "disaster-humanitarian",
        "science-technology",
        "health",
        "environment",
        "sport",
        "arts-entertainment",
    ]);

    /// <summary>The five fine tone classes (Phoenix PentaClass over CAMEO root codes).</summary>
    public static LabelSet Tones { get; } = new("tone",
    [
        "neutral",
        "verbal-cooperation",
        "material-cooperation",
        "verbal-conflict",
        "material-conflict",
    ]);

    public static LabelSet CoarseTones { get; } = new("coarse tone", ["cooperative", "neutral", "conflictual"]);

    /// <summary>Maps a fine tone class to its coarse tone.</summary>
    public static string CoarseToneOf(string tone) => tone switch
    {
        "neutral" => "neutral",
        "verbal-cooperation" or "material-cooperation" => "cooperative",
        "verbal-conflict" or "material-conflict" => "conflictual",
        _ => throw new ArgumentException($"Unknown tone class '{tone}'.", nameof(tone)),
    };

    /// <summary>The headline label, e.g. "cooperative diplomacy".</summary>
    public static string Headline(string coarseTone, string topic) => $"{coarseTone} {topic}";
}
