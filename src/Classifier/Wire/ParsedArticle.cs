namespace Classifier.Wire;

/// <summary>An article read from the wire, or why it cannot be scored (<see cref="Error"/> is then set, and
/// <see cref="Id"/> is kept when the record had one so that the error can be matched to its input).</summary>
public sealed record ParsedArticle(string? Id, string Title, string Text, string? Error)
{
    public bool IsValid => Error is null;

    public static ParsedArticle Invalid(string? id, string error) => new(id, "", "", error);
}
