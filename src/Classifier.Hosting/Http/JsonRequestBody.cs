namespace Classifier.Hosting.Http;

/// <summary>Endpoint metadata naming the JSON body an endpoint documents in OpenAPI. Not <c>Accepts&lt;T&gt;()</c>:
/// routing would then answer a wrong content type itself, with a 415 that has no <c>detail</c> and no route (so
/// metrics would count it as unmatched); the handlers refuse it with a problem that says what was sent.</summary>
internal sealed record JsonRequestBody(Type Type);
