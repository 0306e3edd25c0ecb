namespace Classifier.Training.Data;

/// <summary>One row of the training-data contract. A null or empty label means "not labelled for that head".</summary>
public sealed record LabelledArticle
{
    public required string Id { get; init; }

    public string Title { get; init; } = "";

    public required string Text { get; init; }

    /// <summary>Primary region first.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public string? Topic { get; init; }

    public string? Tone { get; init; }

    public string Source { get; init; } = "";

    public SourceLocation Location { get; init; }

    public string? PrimaryRegion => Regions.Count > 0 ? Regions[0] : null;

    public string? LabelFor(string head) => head switch
    {
        Bundles.HeadNames.Region => PrimaryRegion,
        Bundles.HeadNames.Topic => Topic,
        Bundles.HeadNames.Tone => Tone,
        _ => throw new ArgumentException($"Unknown head '{head}'.", nameof(head)),
    };
}
