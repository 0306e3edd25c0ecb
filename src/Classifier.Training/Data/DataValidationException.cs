namespace Classifier.Training.Data;

/// <summary>Thrown when labelled data has invalid records and the caller did not ask to skip them.</summary>
public sealed class DataValidationException : Exception
{
    private const int ListedInMessage = 20;

    public DataValidationException(IReadOnlyList<DataIssue> issues)
        : base(Describe(issues))
    {
        Issues = issues;
    }

    public IReadOnlyList<DataIssue> Issues { get; }

    private static string Describe(IReadOnlyList<DataIssue> issues)
    {
        var listed = string.Join(Environment.NewLine, issues.Take(ListedInMessage).Select(i => i.ToString()));
        var more = issues.Count > ListedInMessage ? $"{Environment.NewLine}... and {issues.Count - ListedInMessage} more" : "";
        return $"{issues.Count} invalid record(s); fix them or pass --skip-invalid:{Environment.NewLine}{listed}{more}";
    }
}
