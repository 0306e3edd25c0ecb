using Classifier.Hosting.Http;
using Classifier.Hosting.Models;
using Classifier.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Classifier.Hosting.Tests.Support;

/// <summary>The HTTP service in-process on TestServer, over a copy of the shipped bundle (so a test may replace it),
/// with small limits that tests can reach.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public const int MaxBatch = 8;
    public const long MaxBody = 64 * 1024;

    private WebApplication? _app;

    public string ModelPath { get; } = Path.Combine(Path.GetTempPath(), $"classifier-http-{Guid.NewGuid():N}");

    public ModelHolder Model { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CopyDirectory(RepoPaths.ShippedModel, ModelPath);
        // Reloading is driven by the tests through ReloadIfChanged, so that no test waits on a timer.
        Model = ModelHolder.Load(ModelPath, TimeSpan.Zero);
        var options = new ServiceOptions { MaxBatchSize = MaxBatch, MaxBodyBytes = MaxBody };
        _app = ClassifierService.Build(options, Model, builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Model.Dispose();
        Directory.Delete(ModelPath, recursive: true);
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "http service";
}
