using System.Net;
using System.Text;
using Classifier.Hosting.Http;
using Classifier.Hosting.Models;
using Classifier.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Classifier.Hosting.Tests.Http;

/// <summary>Limits that need their own service: a short timeout, and a single scoring slot with no queue.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task A_body_that_does_not_arrive_in_time_gets_503_with_a_problem_body()
    {
        await using var service = await Start(new ServiceOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        using var response = await service.Client.PostAsync("/v1/classify", new TricklingContent(TimeSpan.FromSeconds(5)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task When_every_slot_and_the_queue_are_taken_a_request_gets_503_at_once()
    {
        await using var service = await Start(new ServiceOptions { MaxConcurrentRequests = 1, QueueLimit = 0 });
        var holding = service.Client.PostAsync("/v1/classify", new TricklingContent(TimeSpan.FromSeconds(2)));
        await Task.Delay(300); // let the first request take the only slot

        using var refused = await service.Client.PostAsync(
            "/v1/classify", new StringContent("{\"id\":\"q\",\"text\":\"Talks were held in Doha.\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("retry shortly", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var first = await holding;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
    }

    private static async Task<RunningService> Start(ServiceOptions options)
    {
        var model = ModelHolder.Load(RepoPaths.ShippedModel, TimeSpan.Zero);
        var app = ClassifierService.Build(options, model, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new RunningService(app, model, app.GetTestClient());
    }

    private sealed record RunningService(WebApplication App, ModelHolder Model, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
            Model.Dispose();
        }
    }

    /// <summary>A valid article sent in two parts with a pause between: a slow client.</summary>
    private sealed class TricklingContent : HttpContent
    {
        private readonly TimeSpan _pause;

        public TricklingContent(TimeSpan pause)
        {
            _pause = pause;
            Headers.ContentType = new("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{\"id\":\"slow\","u8.ToArray());
            await stream.FlushAsync();
            await Task.Delay(_pause);
            await stream.WriteAsync("\"text\":\"Ministers met in Doha for talks.\"}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
