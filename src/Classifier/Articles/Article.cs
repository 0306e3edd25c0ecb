namespace Classifier.Articles;

/// <summary>A news article to classify. <see cref="Title"/> may be empty; <see cref="Text"/> may not.</summary>
public sealed record Article(string? Id, string Title, string Text)
{
    public Article(string text) : this(null, "", text)
    {
    }
}
