using System.Net;
using System.Text;
using System.Text.Json;
using Classifier.Hosting.Tests.Support;

namespace Classifier.Hosting.Tests.Http;

[Collection(ServiceCollection.Name)]
public sealed class ExplainEndpointTests(ServiceFixture service)
{
    private const string Talks =
        "MOSCOW — Russia's foreign minister and his Qatari counterpart discussed the conflicts in Libya and Syria in a telephone call on Tuesday.";

    [Fact]
    public async Task Explain_true_answers_with_the_result_and_each_heads_contributions()
    {
        using var response = await Post(JsonSerializer.Serialize(new { id = "e1", text = Talks, explain = true }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        var expected = service.Model.Current.Classify(new Articles.Article("e1", "", Talks));
        Assert.Equal(expected.Label, root.GetProperty("result").GetProperty("label").GetString());
        Assert.Equal("e1", root.GetProperty("result").GetProperty("id").GetString());
        Assert.Equal(3, root.GetProperty("heads").GetArrayLength());
        Assert.Contains(root.GetProperty("countries").EnumerateArray(),
            c => c.GetProperty("iso3").GetString() == "RUS"
                && c.GetProperty("phrases").EnumerateArray().Any(p => p.GetProperty("zone").GetString() == "dateline"));
    }

    [Fact]
    public async Task Explain_false_is_the_plain_result()
    {
        using var response = await Post(JsonSerializer.Serialize(new { id = "e2", text = Talks, explain = false }));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.RootElement.TryGetProperty("label", out _));
        Assert.False(body.RootElement.TryGetProperty("heads", out _));
    }

    [Fact]
    public async Task A_non_boolean_explain_is_a_400_that_says_so()
    {
        using var response = await Post("{\"id\":\"e3\",\"text\":\"Floods hit Dhaka.\",\"explain\":\"yes\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\\\"explain\\\" must be true or false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post(string json) =>
        service.Client.PostAsync("/v1/classify", new StringContent(json, Encoding.UTF8, "application/json"));
}
