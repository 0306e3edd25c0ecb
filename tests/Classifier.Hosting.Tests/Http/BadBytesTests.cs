using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Classifier.Hosting.Tests.Support;

namespace Classifier.Hosting.Tests.Http;

/// <summary>Bodies that are not what a JSON client sends: bytes that are not UTF-8, a content type that is not JSON.</summary>
[Collection(ServiceCollection.Name)]
public sealed class BadBytesTests(ServiceFixture service)
{
    // {"text":"Caf\xe9"}: Latin-1 é, as a client that forgot to encode sends it.
    private static readonly byte[] s_latin1Article = [.. "{\"id\":\"l1\",\"text\":\"Caf"u8, 0xE9, .. "\"}"u8];

    [Fact]
    public async Task Invalid_utf8_in_one_article_gets_400_naming_the_bad_byte()
    {
        using var response = await PostBytes("/v1/classify", s_latin1Article);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = await Detail(response);
        Assert.Contains("not valid UTF-8", detail, StringComparison.Ordinal);
        Assert.Contains("0xE9 at offset 22", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_batch_gets_400_naming_the_bad_byte()
    {
        byte[] body = [.. "{\"articles\":["u8, .. s_latin1Article, .. "]}"u8];

        using var response = await PostBytes("/v1/classify/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8: bad byte 0xE9", await Detail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_is_an_error_for_that_article_not_a_500()
    {
        using var response = await PostBytes("/v1/classify/batch", """{"articles":[{"id":"s1","text":"\udc00 broken"},{"id":"s2","text":"Talks were held in Doha."}]}"""u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = body.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.True(results[0].TryGetProperty("error", out _), results[0].ToString());
        Assert.True(results[1].TryGetProperty("label", out _), results[1].ToString());
    }

    [Fact]
    public async Task A_415_says_what_was_sent_and_is_counted_under_its_route()
    {
        var content = new ByteArrayContent("text=hello"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await service.Client.PostAsync("/v1/classify/batch", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("expected application/json, got application/x-www-form-urlencoded", await Detail(response), StringComparison.Ordinal);
        var metrics = await service.Client.GetStringAsync("/metrics");
        Assert.Matches(@"classifier_http_requests_total\{route=""/v1/classify/batch"",status=""415""\} [1-9]", metrics);
    }

    private async Task<HttpResponseMessage> PostBytes(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await service.Client.PostAsync(path, content);
    }

    private static async Task<string> Detail(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }
}
