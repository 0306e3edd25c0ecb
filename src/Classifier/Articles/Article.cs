namespace Classifier.Articles;

/// <summary>A news article to classify. Either <see cref="Title"/> or <see cref="Text"/> may be empty, not both: a
/// headline alone is scored on the headline.</summary>
public sealed record Article(string? Id, string Title, string Text)
{
    public Article(string text) : this(null, "", text)
    {
    }
}
