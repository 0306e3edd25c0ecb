using System.Net;
using System.Net.Sockets;
using Classifier.Hosting.Models;
using Classifier.Hosting.Nats;
using Classifier.Tests.Shared;

namespace Classifier.Hosting.Tests.Nats;

/// <summary>The worker as <c>classifier worker</c> runs it: on the Generic Host, with metrics on <c>--metrics-urls</c>.</summary>
public sealed class WorkerHostTests
{
    [Fact]
    public async Task The_hosted_worker_scores_and_serves_its_metrics()
    {
        await using var bed = await NatsTestBed.StartAsync();
        var options = bed.Options with { Url = bed.Server.Url };
        await StreamSetup.EnsureInputStreamAsync(bed.Js, options);
        await bed.PublishAsync("""{"id":"h1","text":"Floods in Bangladesh killed 20 people, officials in Dhaka said."}""");
        await bed.PublishAsync("""{"id":"h2"}""");
        var port = FreePort();
        using var model = ModelHolder.Load(RepoPaths.FastModel, TimeSpan.Zero);
        using var host = WorkerHost.Build(options, model, $"http://127.0.0.1:{port}");

        await host.StartAsync();
        try
        {
            await bed.WaitUntilSettledAsync(options);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var metrics = await client.GetStringAsync("/metrics");

            Assert.Contains("classifier_worker_messages_total{outcome=\"scored\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("classifier_worker_messages_total{outcome=\"dead_lettered\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("classifier_articles_scored_total 1", metrics, StringComparison.Ordinal);
            Assert.Contains("classifier_articles_by_label_total{field=\"region\",value=\"south-asia\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("classifier_model_reload_failures_total 0", metrics, StringComparison.Ordinal);
            Assert.Matches(@"classifier_worker_batch_duration_seconds_count [1-9]", metrics);
        }
        finally
        {
            await host.StopAsync();
        }

        Assert.Null(((WorkerService)host.Services.GetService(typeof(WorkerService))!).Failure);
    }

    [Fact]
    public async Task A_hosted_worker_that_cannot_reach_the_server_ends_with_the_setup_failure()
    {
        string url;
        using (var server = NatsServer.Start())
        {
            url = server.Url;
        }

        using var model = ModelHolder.Load(RepoPaths.FastModel, TimeSpan.Zero);
        using var host = WorkerHost.Build(new WorkerOptions { Url = url, ProgressInterval = TimeSpan.Zero }, model, metricsUrls: null);

        var failure = await WorkerHost.RunAsync(host).WaitAsync(TimeSpan.FromSeconds(30));

        var setup = Assert.IsType<WorkerSetupException>(failure);
        Assert.Contains($"cannot connect to NATS at {url}", setup.Message, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
