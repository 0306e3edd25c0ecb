using Classifier.Hosting.Http;
using Classifier.Hosting.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Classifier.Hosting.Tests.Support;

/// <summary>A service of a test's own on TestServer, for tests that change its model, its scorer or its options and so
/// cannot share <see cref="ServiceFixture"/>.</summary>
internal sealed record OwnService(WebApplication App, ModelHolder Model, HttpClient Client) : IAsyncDisposable
{
    public static async Task<OwnService> StartAsync(
        string modelPath, ServiceOptions? options = null, Action<WebApplicationBuilder>? configure = null, Action<string>? log = null)
    {
        var model = ModelHolder.Load(modelPath, TimeSpan.Zero, log);
        var app = ClassifierService.Build(options ?? new ServiceOptions(), model, builder =>
        {
            builder.WebHost.UseTestServer();
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new OwnService(app, model, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Model.Dispose();
    }
}
