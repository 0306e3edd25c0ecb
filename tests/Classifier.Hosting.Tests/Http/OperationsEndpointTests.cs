using System.Net;
using System.Text;
using System.Text.Json;
using Classifier.Hosting.Tests.Support;

namespace Classifier.Hosting.Tests.Http;

[Collection(ServiceCollection.Name)]
public sealed class OperationsEndpointTests(ServiceFixture service)
{
    [Fact]
    public async Task Health_and_readiness_answer_ok()
    {
        using var health = await service.Client.GetAsync("/healthz");
        using var ready = await service.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"ready\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_count_requests_errors_and_labels_in_prometheus_text()
    {
        using (await service.Client.PostAsync("/v1/classify", Json("{\"id\":\"m1\",\"text\":\"Floods in Bangladesh killed 20 people, officials in Dhaka said.\"}")))
        using (await service.Client.PostAsync("/v1/classify", Json("{\"id\":\"m2\"}")))
        {
        }

        var metrics = await service.Client.GetStringAsync("/metrics");

        Assert.Matches(@"classifier_http_requests_total\{route=""/v1/classify"",status=""200""\} [1-9]", metrics);
        Assert.Matches(@"classifier_http_requests_total\{route=""/v1/classify"",status=""400""\} [1-9]", metrics);
        Assert.Matches(@"classifier_http_request_duration_seconds_bucket\{route=""/v1/classify"",le=""\+Inf""\} [1-9]", metrics);
        Assert.Matches(@"classifier_article_errors_total [1-9]", metrics);
        Assert.Matches(@"classifier_articles_by_label_total\{field=""region"",value=""south-asia""\} [1-9]", metrics);
        Assert.Contains("# TYPE classifier_http_request_duration_seconds histogram", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_model_endpoint_returns_identity_versions_and_metrics_and_no_local_path()
    {
        var text = await service.Client.GetStringAsync("/v1/model");
        using var body = JsonDocument.Parse(text);

        var root = body.RootElement;
        var manifest = service.Model.Current.Manifest;
        Assert.Equal(manifest.CreatedAt, root.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("id").GetString());
        Assert.Equal(manifest.FeatureVersion, root.GetProperty("featureVersion").GetInt32());
        Assert.Equal(manifest.FormatVersion, root.GetProperty("formatVersion").GetInt32());
        var region = root.GetProperty("heads").GetProperty("region");
        Assert.Equal(manifest.Heads["region"].Sha256, region.GetProperty("sha256").GetString());
        Assert.True(region.GetProperty("validation").GetProperty("macroF1").GetDouble() > 0);

        // The shipped manifest records the build machine's training files (/tmp/…); none of that, nor where the
        // bundle lies here, may leave the service.
        Assert.DoesNotContain(service.ModelPath, text, StringComparison.Ordinal);
        foreach (var data in manifest.Data)
        {
            Assert.DoesNotContain(data.Path, text, StringComparison.Ordinal);
        }

        Assert.False(root.TryGetProperty("path", out _));
    }

    [Fact]
    public async Task Each_service_counts_its_own_requests()
    {
        using (await service.Client.GetAsync("/healthz"))
        {
        }

        await using var other = await OwnService.StartAsync(service.ModelPath);
        using (await other.Client.PostAsync("/v1/classify", Json("{\"id\":\"o1\"}")))
        {
        }

        var theirs = await other.Client.GetStringAsync("/metrics");

        Assert.Matches(@"classifier_article_errors_total 1\n", theirs);
        Assert.Contains("classifier_model_reload_failures_total 0", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("/healthz", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var body = JsonDocument.Parse(await service.Client.GetStringAsync("/openapi/v1.json"));

        var paths = body.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/v1/classify", "/v1/classify/batch", "/healthz", "/readyz", "/metrics", "/v1/model" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"the OpenAPI document lacks {path}");
        }

        Assert.True(paths.GetProperty("/v1/classify").GetProperty("post").GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/v1/classify/batch").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task An_unknown_route_gets_a_problem_body()
    {
        using var response = await service.Client.GetAsync("/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
