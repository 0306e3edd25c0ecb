namespace Classifier.Articles;

/// <summary>One article's outcome in a batch where a bad article must not cost the others: exactly one of
/// <see cref="Result"/> and <see cref="Error"/> is set.</summary>
public readonly record struct ArticleOutcome(Classification? Result, string? Error)
{
    public static ArticleOutcome Scored(Classification result) => new(result, null);

    public static ArticleOutcome Failed(string error) => new(null, error);
}
