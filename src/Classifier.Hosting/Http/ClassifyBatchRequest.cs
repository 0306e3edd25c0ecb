namespace Classifier.Hosting.Http;

/// <summary>The documented shape of a batch request: <c>{"articles":[{"id","title","text"}, …]}</c>. The body is
/// read by hand so that every malformed item gets its own error; this type only describes it for OpenAPI.</summary>
public sealed record ClassifyBatchRequest(IReadOnlyList<ClassifyRequest> Articles);
