namespace Classifier.Training.Corpus;

/// <summary>The minimum coverage the authored corpus must reach (issue 3).</summary>
public sealed record CoverageTargets
{
    public int TotalArticles { get; init; } = 3000;

    public int PerTopic { get; init; } = 200;

    public IReadOnlyDictionary<string, int> TopicOverrides { get; init; } = new Dictionary<string, int>
    {
        ["diplomacy"] = 400,
        ["security"] = 400,
    };

    /// <summary>Articles that list the region (primary or not).</summary>
    public int PerRegion { get; init; } = 300;

    public int PerTone { get; init; } = 300;

    /// <summary>Topics in which every fine tone class must occur.</summary>
    public IReadOnlyList<string> AllTonesIn { get; init; } = ["diplomacy", "security", "politics", "economy"];

    public double MultiRegionShare { get; init; } = 0.20;

    public static CoverageTargets Issue3 { get; } = new();
}
