using Classifier.Hosting.Models;

namespace Classifier.Hosting.Http;

/// <summary>What <c>GET /readyz</c> returns while serving. <see cref="RefusedModel"/> is set while a replacement
/// bundle sits at the model path and is not served: still ready (the old model answers), but an operator who just
/// retrained should see why the new model is not in use.</summary>
public sealed record Readiness(string Status, DateTimeOffset ModelCreatedAt, RefusedBundle? RefusedModel);
