using Classifier.Hosting.Nats;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Classifier.Hosting.Tests.Nats;

public sealed class StreamSetupTests
{
    [Fact]
    public async Task Missing_streams_are_created_capturing_the_input_and_both_output_subjects()
    {
        await using var bed = await NatsTestBed.StartAsync();

        var input = await StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options);
        var output = await StreamSetup.EnsureOutputStreamAsync(bed.Js, bed.Options);
        var again = await StreamSetup.EnsureOutputStreamAsync(bed.Js, bed.Options);

        Assert.True(input.Created);
        Assert.Equal(["news.in"], input.Info.Config.Subjects!);
        Assert.True(output.Created);
        Assert.Equal("NEWS_SCORED", output.Info.Config.Name);
        Assert.Equal(["news.scored", "news.scored.dead"], output.Info.Config.Subjects!);
        Assert.Equal(TimeSpan.FromMinutes(2), output.Info.Config.DuplicateWindow);
        Assert.False(again.Created);
    }

    [Fact]
    public async Task An_existing_stream_that_does_not_capture_the_subject_is_refused_and_left_as_it_was()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await bed.Js.CreateStreamAsync(new StreamConfig("NEWS", ["wire.>"]));

        var refused = await Assert.ThrowsAsync<WorkerSetupException>(() => StreamSetup.EnsureInputStreamAsync(bed.Js, bed.Options));

        Assert.Contains("stream NEWS exists but does not capture news.in", refused.Message);
        Assert.Contains("its subjects: wire.>", refused.Message);
        Assert.Equal(["wire.>"], (await bed.Js.GetStreamAsync("NEWS")).Info.Config.Subjects!);
    }

    [Fact]
    public async Task An_existing_stream_that_captures_the_subject_by_wildcard_is_used_unchanged()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await bed.Js.CreateStreamAsync(new StreamConfig("FEED", ["feed.*"]) { MaxMsgs = 1000 });
        var options = bed.Options with { Stream = "FEED", Subject = "feed.in" };

        var input = await StreamSetup.EnsureInputStreamAsync(bed.Js, options);

        Assert.False(input.Created);
        var config = (await bed.Js.GetStreamAsync("FEED")).Info.Config;
        Assert.Equal(["feed.*"], config.Subjects!);
        Assert.Equal(1000, config.MaxMsgs);
    }

    [Fact]
    public async Task An_existing_output_stream_without_the_dead_letter_subject_is_refused()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await bed.Js.CreateStreamAsync(new StreamConfig("NEWS_SCORED", ["news.scored"]));

        var refused = await Assert.ThrowsAsync<WorkerSetupException>(() => StreamSetup.EnsureOutputStreamAsync(bed.Js, bed.Options));

        Assert.Contains("output stream NEWS_SCORED exists but does not capture news.scored.dead", refused.Message);
    }

    [Fact]
    public async Task An_output_subject_owned_by_another_stream_is_refused_with_the_server_reason()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await bed.Js.CreateStreamAsync(new StreamConfig("RESULTS", ["news.scored"]));

        var refused = await Assert.ThrowsAsync<WorkerSetupException>(() => StreamSetup.EnsureOutputStreamAsync(bed.Js, bed.Options));

        Assert.Contains("cannot create the output stream NEWS_SCORED for news.scored, news.scored.dead", refused.Message);
        Assert.Contains("overlap", refused.Message);
    }

    [Fact]
    public async Task A_worker_on_a_server_without_the_stream_subject_fails_before_taking_anything()
    {
        await using var bed = await NatsTestBed.StartAsync();
        await bed.Js.CreateStreamAsync(new StreamConfig("NEWS", ["wire.>"]));

        var worker = bed.StartWorker();

        var refused = await Assert.ThrowsAsync<WorkerSetupException>(() => worker.Run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("does not capture news.in", refused.Message);
        await Assert.ThrowsAsync<NatsJSApiException>(() => bed.Js.GetConsumerAsync("NEWS", "classifier").AsTask());
    }

    [Fact]
    public async Task Connecting_where_no_server_listens_names_the_url()
    {
        using var server = Classifier.Tests.Shared.NatsServer.Start();
        var url = server.Url;
        server.Dispose(); // the port was just in use by a server, and now nothing listens on it

        var refused = await Assert.ThrowsAsync<WorkerSetupException>(() => NatsConnector.ConnectAsync(url, "test"));

        Assert.StartsWith($"cannot connect to NATS at {url}", refused.Message);
    }
}
