using Classifier.Hosting.Nats;

namespace Classifier.Hosting.Tests.Nats;

public sealed class SubjectsTests
{
    [Theory]
    [InlineData("news.in", "news.in", true)]
    [InlineData("news.*", "news.in", true)]
    [InlineData("news.>", "news.in.eu", true)]
    [InlineData(">", "news.in", true)]
    [InlineData("news.*", "news.*", true)]
    [InlineData("news.>", "news.*", true)]
    [InlineData("news.in", "news.out", false)]
    [InlineData("news.*", "news.in.eu", false)]
    [InlineData("news.>", "news", false)]
    [InlineData("news.in", "news.*", false)]
    [InlineData("news.*", "news.>", false)]
    [InlineData("news.in.eu", "news.in", false)]
    public void A_stream_subject_captures_what_it_matches(string streamSubject, string subject, bool expected) =>
        Assert.Equal(expected, Subjects.Captures(streamSubject, subject));

    [Theory]
    [InlineData("news..in", true, "empty token")]
    [InlineData("news.in ", true, "whitespace")]
    [InlineData("news.>.eu", true, "\">\" before its last token")]
    [InlineData("news.i*", true, "wildcard inside")]
    [InlineData("news.*", false, "must be a literal subject")]
    public void Bad_subjects_are_named(string subject, bool allowWildcards, string problem) =>
        Assert.Contains(problem, Subjects.Problem(subject, allowWildcards));

    [Fact]
    public void The_defaults_are_valid_and_derive_the_dead_letter_subject_and_output_stream()
    {
        var options = new WorkerOptions();
        Assert.Empty(options.Validate());
        Assert.Equal("news.scored.dead", options.DeadLetterSubjectOrDefault);
        Assert.Equal("NEWS_SCORED", options.OutStreamOrDefault);
    }

    [Fact]
    public void Options_that_would_loop_or_collide_are_refused()
    {
        Assert.Contains(new WorkerOptions { Subject = "news.>" }.Validate(), e => e.Contains("would score its own results"));
        Assert.Contains(new WorkerOptions { DeadLetterSubject = "news.scored" }.Validate(), e => e.Contains("must differ"));
        Assert.Contains(new WorkerOptions { BatchSize = 64, MaxAckPending = 10 }.Validate(), e => e.Contains("at least the batch size"));
        Assert.Contains(new WorkerOptions { Stream = "NEWS.IN" }.Validate(), e => e.Contains("stream name \"NEWS.IN\" contains '.'"));
        Assert.Contains(new WorkerOptions { Url = "http://localhost:4222" }.Validate(), e => e.Contains("not a nats://host:port URL"));
    }
}
