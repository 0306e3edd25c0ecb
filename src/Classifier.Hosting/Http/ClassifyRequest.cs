namespace Classifier.Hosting.Http;

/// <summary>The documented shape of one article: the same <c>{"id","title","text"}</c> as every other input.</summary>
public sealed record ClassifyRequest(string? Id, string? Title, string Text);
