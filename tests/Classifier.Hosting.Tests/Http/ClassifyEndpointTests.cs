using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Classifier.Hosting.Tests.Support;

namespace Classifier.Hosting.Tests.Http;

[Collection(ServiceCollection.Name)]
public sealed class ClassifyEndpointTests(ServiceFixture service)
{
    private const string Talks =
        "MOSCOW — Russia's foreign minister and his Qatari counterpart discussed the conflicts in Libya and Syria in a telephone call on Tuesday and agreed to coordinate their efforts for a political settlement, the Russian foreign ministry said.";

    [Fact]
    public async Task One_article_gets_the_same_fields_as_the_cli()
    {
        using var response = await Post("/v1/classify", JsonSerializer.Serialize(new { id = "r1", title = "Lavrov, Qatari minister discuss Libya", text = Talks }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("r1", root.GetProperty("id").GetString());
        foreach (var field in new[] { "label", "region", "regions", "regionScores", "countries", "topic", "topicScores", "tone", "toneClass", "toneScores" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        var countries = root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("QAT", countries);
        Assert.Contains("LBY", countries);
    }

    [Fact]
    public async Task A_result_equals_the_library_result_for_the_same_article()
    {
        var expected = service.Model.Current.Classify(new Articles.Article("same", "", Talks));

        using var response = await Post("/v1/classify", JsonSerializer.Serialize(new { id = "same", text = Talks }));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(expected.Label, body.RootElement.GetProperty("label").GetString());
        Assert.Equal(expected.Region, body.RootElement.GetProperty("region").GetString());
        Assert.Equal(expected.ToneClass, body.RootElement.GetProperty("toneClass").GetString());
    }

    [Theory]
    [InlineData("{\"id\":\"a\"", "invalid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{\"id\":\"a\"}", "missing \\\"text\\\"")]
    [InlineData("{\"id\":\"a\",\"text\":\"   \"}", "empty \\\"text\\\"")]
    [InlineData("", "body is empty")]
    public async Task Bad_input_gets_a_400_problem_that_says_why(string body, string reason)
    {
        using var response = await Post("/v1/classify", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.Contains("\"status\":400", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversize_body_gets_413_not_500()
    {
        var huge = JsonSerializer.Serialize(new { id = "big", text = new string('a', (int)ServiceFixture.MaxBody) });

        using var response = await Post("/v1/classify", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("exceeds the limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_answers_every_article_in_order_with_errors_in_place()
    {
        var batch = new
        {
            articles = new object[]
            {
                new { id = "b1", text = Talks },
                new { id = "b2" },
                new { id = "b3", title = "Floods", text = "Floods in Bangladesh killed 20 people and displaced thousands, officials in Dhaka said." },
            },
        };

        using var response = await Post("/v1/classify/batch", JsonSerializer.Serialize(batch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = body.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["b1", "b2", "b3"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.True(results[0].TryGetProperty("label", out _));
        Assert.Equal("missing \"text\"", results[1].GetProperty("error").GetString());
        Assert.Equal("south-asia", results[2].GetProperty("region").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task A_batch_over_the_limit_gets_413()
    {
        var articles = Enumerable.Range(0, ServiceFixture.MaxBatch + 1).Select(i => new { id = $"n{i}", text = Talks });

        using var response = await Post("/v1/classify/batch", JsonSerializer.Serialize(new { articles }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"limit of {ServiceFixture.MaxBatch}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"items\":[]}")]
    [InlineData("{\"articles\":[]}")]
    [InlineData("{\"articles\":{}}")]
    [InlineData("not json")]
    public async Task A_malformed_batch_gets_400(string body)
    {
        using var response = await Post("/v1/classify/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_form_post_is_refused_as_unsupported_media_type()
    {
        using var response = await service.Client.PostAsync("/v1/classify", new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Many_concurrent_requests_all_succeed()
    {
        var requests = Enumerable.Range(0, 64).Select(async i =>
        {
            using var response = await Post("/v1/classify", JsonSerializer.Serialize(new { id = $"c{i}", text = Talks }));
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (response.StatusCode, Id: body.RootElement.GetProperty("id").GetString());
        });

        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Enumerable.Range(0, 64).Select(i => $"c{i}"), results.Select(r => r.Id));
    }

    private Task<HttpResponseMessage> Post(string path, string json) =>
        service.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
