using System.Text.Json.Nodes;
using Classifier.Hosting.Models;
using Classifier.Hosting.Tests.Support;
using Classifier.Tests.Shared;

namespace Classifier.Hosting.Tests.Models;

public sealed class ModelHolderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"classifier-holder-{Guid.NewGuid():N}");

    public ModelHolderTests() => ServiceFixture.CopyDirectory(RepoPaths.ShippedModel, _path);

    public void Dispose() => Directory.Delete(_path, recursive: true);

    [Fact]
    public void An_unchanged_bundle_is_not_reloaded()
    {
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero);

        Assert.False(holder.ReloadIfChanged());
        Assert.Equal(0, holder.Reloads);
    }

    [Fact]
    public void A_new_bundle_at_the_path_replaces_the_model_and_work_in_flight_keeps_the_old_one()
    {
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero);
        var inFlight = holder.Current;
        var newCreatedAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        RewriteManifest(m => m["createdAt"] = newCreatedAt.ToString("O"));

        Assert.True(holder.ReloadIfChanged());

        Assert.Equal(newCreatedAt, holder.Current.Manifest.CreatedAt);
        Assert.NotSame(inFlight, holder.Current);
        Assert.NotEqual(newCreatedAt, inFlight.Manifest.CreatedAt);
        Assert.False(string.IsNullOrEmpty(inFlight.Classify(new Articles.Article("x", "", "The council met on Monday.")).Label));
        Assert.Equal(1, holder.Reloads);
    }

    [Fact]
    public void A_broken_replacement_is_reported_and_the_old_model_stays()
    {
        var messages = new List<string>();
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero, messages.Add);
        var before = holder.Current;
        File.WriteAllBytes(Path.Combine(_path, "topic.zip"), [1, 2, 3]);
        RewriteManifest(m => m["createdAt"] = DateTimeOffset.UtcNow.ToString("O"));

        Assert.False(holder.ReloadIfChanged());

        Assert.Same(before, holder.Current);
        Assert.Contains(messages, m => m.Contains("did not load", StringComparison.Ordinal));
    }

    [Fact]
    public void Polling_picks_up_a_replacement_without_being_asked()
    {
        using var holder = ModelHolder.Load(_path, TimeSpan.FromMilliseconds(50));
        RewriteManifest(m => m["createdAt"] = new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero).ToString("O"));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (holder.Reloads == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.Equal(1, holder.Reloads);
    }

    [Fact]
    public void A_replacement_with_fewer_heads_is_refused_logged_once_and_counted_once()
    {
        var messages = new List<string>();
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero, messages.Add);
        var before = holder.Current;
        var original = File.ReadAllText(Path.Combine(_path, "manifest.json"));
        // What a tone-only `train --out` onto the served path leaves there.
        RewriteManifest(m =>
        {
            m["heads"]!.AsObject().Remove("topic");
            m["heads"]!.AsObject().Remove("region");
            m["createdAt"] = DateTimeOffset.UtcNow.ToString("O");
        });

        Assert.False(holder.ReloadIfChanged());
        Assert.False(holder.ReloadIfChanged());
        Assert.False(holder.ReloadIfChanged());

        Assert.Same(before, holder.Current);
        Assert.Equal(0, holder.Reloads);
        Assert.Equal(1, holder.ReloadFailures);
        var refusal = Assert.Single(messages);
        Assert.Contains("heads [tone] instead of [region, tone, topic]", refusal, StringComparison.Ordinal);
        Assert.Contains("heads [tone] instead of [region, tone, topic]", holder.Refused!.Reason, StringComparison.Ordinal);

        // The served bundle back at the path: nothing is refused any more.
        File.WriteAllText(Path.Combine(_path, "manifest.json"), original);
        Assert.False(holder.ReloadIfChanged());
        Assert.Null(holder.Refused);
    }

    [Fact]
    public void Between_the_two_renames_of_a_replacement_nothing_is_counted_and_the_new_bundle_is_served()
    {
        var messages = new List<string>();
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero, messages.Add);
        var aside = _path + ".old";
        Directory.Move(_path, aside);

        Assert.False(holder.ReloadIfChanged());
        Assert.False(holder.ReloadIfChanged());

        Directory.Move(aside, _path);
        RewriteManifest(m => m["createdAt"] = new DateTimeOffset(2033, 1, 1, 0, 0, 0, TimeSpan.Zero).ToString("O"));
        Assert.True(holder.ReloadIfChanged());
        Assert.Equal(0, holder.ReloadFailures);
        Assert.Null(holder.Refused);
        Assert.Single(messages, m => m.StartsWith("no model bundle at", StringComparison.Ordinal));
    }

    [Fact]
    public void A_replacement_of_the_same_shape_after_a_refused_one_is_served()
    {
        using var holder = ModelHolder.Load(_path, TimeSpan.Zero);
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(_path, "manifest.json")))!.AsObject();
        RewriteManifest(m => m["featureVersion"] = 999);
        Assert.False(holder.ReloadIfChanged());
        Assert.Contains("feature version 999 instead of", holder.Refused!.Reason, StringComparison.Ordinal);

        var retrainedAt = new DateTimeOffset(2032, 1, 1, 0, 0, 0, TimeSpan.Zero);
        RewriteManifest(m =>
        {
            m["featureVersion"] = original["featureVersion"]!.GetValue<int>();
            m["createdAt"] = retrainedAt.ToString("O");
        });

        Assert.True(holder.ReloadIfChanged());
        Assert.Equal(retrainedAt, holder.Current.Manifest.CreatedAt);
        Assert.Null(holder.Refused);
        Assert.Equal(1, holder.ReloadFailures);
    }

    [Fact]
    public async Task Readiness_and_metrics_report_a_refused_replacement()
    {
        await using var service = await OwnService.StartAsync(_path);
        RewriteManifest(m => m["heads"]!.AsObject().Remove("topic"));
        service.Model.ReloadIfChanged();

        using var ready = await service.Client.GetAsync("/readyz");
        using var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var metrics = await service.Client.GetStringAsync("/metrics");

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("heads [region, tone] instead of", body.RootElement.GetProperty("refusedModel").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("classifier_model_reload_failures_total 1", metrics, StringComparison.Ordinal);
        Assert.Contains("classifier_model_reloads_total 0", metrics, StringComparison.Ordinal);
        using var info = System.Text.Json.JsonDocument.Parse(await service.Client.GetStringAsync("/v1/model"));
        Assert.Contains("heads [region, tone] instead of", info.RootElement.GetProperty("refusedModel").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private void RewriteManifest(Action<JsonObject> change)
    {
        var path = Path.Combine(_path, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }
}
