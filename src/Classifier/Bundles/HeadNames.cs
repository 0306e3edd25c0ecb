using Classifier.Taxonomy;

namespace Classifier.Bundles;

public static class HeadNames
{
    public const string Region = "region";
    public const string Topic = "topic";
    public const string Tone = "tone";

    public static IReadOnlyList<string> All { get; } = [Region, Topic, Tone];

    public static LabelSet LabelsOf(string head) => head switch
    {
        Region => Labels.Regions,
        Topic => Labels.Topics,
        Tone => Labels.Tones,
        _ => throw new ArgumentException($"Unknown head '{head}'; expected one of {string.Join(", ", All)}.", nameof(head)),
    };
}
