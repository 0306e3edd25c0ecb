using System.Net;
using System.Text;
using System.Text.Json;
using Classifier.Hosting.Tests.Support;
using Classifier.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Classifier.Hosting.Tests.Http;

/// <summary>An article that makes the scorer throw something unexpected costs only its own answer.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task A_batch_with_an_article_that_breaks_the_scorer_answers_every_other_article()
    {
        await using var service = await OwnService.StartAsync(
            RepoPaths.FastModel,
            configure: builder => builder.Services.AddSingleton(PoisonedScorer.Throwing(() => new NotSupportedException("a defect met"))));
        var body = JsonSerializer.Serialize(new
        {
            articles = new object[]
            {
                new { id = "ok-1", text = "Ministers met in Doha for talks on trade." },
                new { id = "bad", text = $"Troops shelled the town. {PoisonedScorer.Marker}" },
                new { id = "ok-2", text = "Floods in Bangladesh killed 20 people." },
            },
        });

        using var response = await service.Client.PostAsync("/v1/classify/batch", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["ok-1", "bad", "ok-2"], results.Select(r => r.GetProperty("id").GetString()));
        Assert.True(results[0].TryGetProperty("label", out _));
        Assert.Equal("scoring failed: NotSupportedException: a defect met", results[1].GetProperty("error").GetString());
        Assert.True(results[2].TryGetProperty("label", out _));
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task One_article_that_breaks_the_scorer_gets_a_400_that_says_so_not_a_500()
    {
        await using var service = await OwnService.StartAsync(
            RepoPaths.FastModel,
            configure: builder => builder.Services.AddSingleton(PoisonedScorer.Throwing(() => new KeyNotFoundException("no such feature"))));

        using var response = await service.Client.PostAsync(
            "/v1/classify", new StringContent($"{{\"id\":\"p\",\"text\":\"{PoisonedScorer.Marker}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("KeyNotFoundException: no such feature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
