namespace Classifier.Training.Data;

/// <summary>The columns of the training-data contract, in their canonical order.</summary>
public static class ContractColumns
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Regions = "regions";
    public const string Countries = "countries";
    public const string Topic = "topic";
    public const string Tone = "tone";
    public const string Source = "source";

    public static IReadOnlyList<string> All { get; } = [Id, Title, Text, Regions, Countries, Topic, Tone, Source];

    /// <summary>Separator inside the <c>regions</c> and <c>countries</c> cells.</summary>
    public const char ListSeparator = ';';
}
