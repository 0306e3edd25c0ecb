namespace Classifier.Hosting.Http;

/// <summary>The documented shape of one article: the same <c>{"id","title","text"}</c> as every other input.
/// <c>/v1/classify</c> also takes <c>"explain": true</c>, which answers with the explanation (the classification
/// under <c>result</c>, each head's feature contributions, the countries with their zones) instead.</summary>
public sealed record ClassifyRequest(string? Id, string? Title, string Text, bool? Explain = null);
