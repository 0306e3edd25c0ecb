namespace Classifier.Training.Data;

/// <summary>A problem with one record or file, e.g. <c>data/a.csv:12: unknown topic 'sports'</c>.</summary>
public sealed record DataIssue(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
