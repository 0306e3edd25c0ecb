namespace Classifier.Hosting.Http;

/// <summary>The limits of the HTTP service. Every one has a default that suits a monitoring system on one machine.</summary>
public sealed record ServiceOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The largest <see cref="MaxBodyBytes"/> allowed: a body is held in one array, and .NET arrays stop
    /// just short of 2 GiB.</summary>
    public const long MaxBodyBytesLimit = int.MaxValue - 64 * 1024;

    /// <summary>Where Kestrel listens; loopback by default so that nothing is exposed until someone decides to.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Most articles in one <c>/v1/classify/batch</c> request.</summary>
    public int MaxBatchSize { get; init; } = 256;

    /// <summary>Largest request body, in bytes (at most <see cref="MaxBodyBytesLimit"/>); a larger one gets 413.</summary>
    public long MaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>How long a client has to send its request body before it gets 503. Scoring is synchronous and is not
    /// cut off half-way, so this bounds slow or stalled clients, not slow articles.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests scored at once; further ones wait in a queue of <see cref="QueueLimit"/>, and beyond that
    /// get 503 at once: back-pressure instead of a growing backlog.</summary>
    public int MaxConcurrentRequests { get; init; } = Math.Max(Environment.ProcessorCount * 4, 8);

    public int QueueLimit { get; init; } = 1024;

    /// <summary>How often the model path is checked for a new bundle; zero turns reloading off.</summary>
    public TimeSpan ReloadInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Every reason these options cannot work, as lines for the user; empty when they can.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxBodyBytes is < 1 or > MaxBodyBytesLimit)
        {
            errors.Add($"max body bytes must be between 1 and {MaxBodyBytesLimit} (under 2 GiB), not {MaxBodyBytes}.");
        }

        if (MaxBatchSize < 1)
        {
            errors.Add("max batch size must be positive.");
        }

        if (MaxConcurrentRequests < 1 || QueueLimit < 0)
        {
            errors.Add("max concurrent requests must be positive and the queue limit not negative.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("the request timeout must be positive.");
        }

        return errors;
    }
}
