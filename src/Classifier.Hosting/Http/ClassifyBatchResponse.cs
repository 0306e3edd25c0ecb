namespace Classifier.Hosting.Http;

/// <summary>One entry per input article, in input order: a classification, or <c>{"id","error"}</c> for an article
/// that could not be scored. One bad article never fails the others.</summary>
public sealed record ClassifyBatchResponse(IReadOnlyList<object> Results, int Errors);
