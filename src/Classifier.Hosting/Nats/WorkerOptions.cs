namespace Classifier.Hosting.Nats;

/// <summary>Where a scoring worker reads, where it writes, and how much it takes at once. Every value has a default
/// that works against a local <c>nats-server -js</c>; workers that share a <see cref="Durable"/> share the load.</summary>
public sealed record WorkerOptions
{
    public const string DefaultUrl = "nats://127.0.0.1:4222";
    public const string DefaultStream = "NEWS";
    public const string DefaultSubject = "news.in";
    public const string DefaultOutSubject = "news.scored";
    public const string DefaultDurable = "classifier";
    public const int DefaultBatchSize = 64;
    public const int DefaultMaxAckPending = 1024;
    public const int DefaultMaxDeliveries = 5;
    public static readonly TimeSpan DefaultAckWait = TimeSpan.FromSeconds(30);

    public string Url { get; init; } = DefaultUrl;

    /// <summary>The input stream; created (capturing <see cref="Subject"/>) when missing, never changed when present.</summary>
    public string Stream { get; init; } = DefaultStream;

    /// <summary>The input subject, used as the consumer's filter; may have wildcards if the stream captures them.</summary>
    public string Subject { get; init; } = DefaultSubject;

    /// <summary>Where each result goes: the <see cref="Classifier.Articles.Classification"/> JSON.</summary>
    public string OutSubject { get; init; } = DefaultOutSubject;

    /// <summary>Where a message that cannot be scored goes, as a <see cref="DeadLetter"/>; default <c>&lt;out&gt;.dead</c>.</summary>
    public string? DeadLetterSubject { get; init; }

    /// <summary>The stream that keeps results and dead letters; default <c>&lt;stream&gt;_SCORED</c>. Both must land in
    /// one stream because its duplicate window is what drops a result re-published after a redelivery.</summary>
    public string? OutStream { get; init; }

    public string Durable { get; init; } = DefaultDurable;

    /// <summary>Most messages fetched and scored together; a batch takes only what is already waiting.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>How long the server waits for an ack before it redelivers, e.g. after a worker died mid-batch.</summary>
    public TimeSpan AckWait { get; init; } = DefaultAckWait;

    /// <summary>Most messages delivered and not yet acked over all workers of the durable: the back-pressure bound.</summary>
    public int MaxAckPending { get; init; } = DefaultMaxAckPending;

    /// <summary>Deliveries of one input before the worker gives up on it: a message delivered more often than this
    /// (its workers died or failed to store an outcome every time, e.g. an input that crashes the process) is
    /// dead-lettered with its payload instead of being scored again, so that it cannot loop through the workers
    /// forever. The server itself never stops delivering (see <see cref="ConsumerSetup"/>).</summary>
    public int MaxDeliveries { get; init; } = DefaultMaxDeliveries;

    /// <summary>How long one pull waits when the stream is drained. It bounds how late a stop request is noticed,
    /// because a pull is never cancelled half-way: a message the server sent to a dropped pull would sit unacked
    /// until <see cref="AckWait"/>.</summary>
    public TimeSpan IdleWait { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a progress line is logged while messages flow; zero turns progress lines off.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The duplicate window given to an output stream the worker creates (an existing one keeps its own).</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Put in the <c>Classifier-Worker</c> header of every output, to tell which worker wrote it.</summary>
    public string WorkerName { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    public string DeadLetterSubjectOrDefault => DeadLetterSubject ?? $"{OutSubject}.dead";

    public string OutStreamOrDefault => OutStream ?? $"{Stream}_SCORED";

    /// <summary>Every reason these options cannot work, as lines for the user; empty when they can.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        // A cluster is given as a comma-separated list of seed URLs, as every NATS client takes it.
        foreach (var seed in Url.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(seed, UriKind.Absolute, out var url) || url.Scheme is not ("nats" or "tls" or "ws" or "wss"))
            {
                errors.Add($"NATS URL \"{seed}\" is not a nats://host:port URL.");
            }
        }

        AddNameProblem(errors, "stream", Stream);
        AddNameProblem(errors, "output stream", OutStreamOrDefault);
        AddNameProblem(errors, "durable", Durable);
        AddSubjectProblem(errors, "input subject", Subject, allowWildcards: true);
        AddSubjectProblem(errors, "output subject", OutSubject, allowWildcards: false);
        AddSubjectProblem(errors, "dead-letter subject", DeadLetterSubjectOrDefault, allowWildcards: false);
        if (OutSubject == DeadLetterSubjectOrDefault)
        {
            errors.Add("the output and dead-letter subjects must differ, or results and dead letters cannot be told apart.");
        }

        if (Subjects.Problem(Subject, true) is null && OutSubject.Length > 0
            && (Subjects.Captures(Subject, OutSubject) || Subjects.Captures(Subject, DeadLetterSubjectOrDefault)))
        {
            errors.Add($"the input subject \"{Subject}\" also matches the output subjects: the worker would score its own results.");
        }

        if (Stream == OutStreamOrDefault)
        {
            errors.Add("the input and output streams must differ.");
        }

        if (BatchSize is < 1 or > 10_000)
        {
            errors.Add("batch size must be between 1 and 10000.");
        }

        if (MaxAckPending < BatchSize)
        {
            errors.Add($"max ack pending ({MaxAckPending}) must be at least the batch size ({BatchSize}).");
        }

        if (MaxDeliveries is < 1 or > 1000)
        {
            errors.Add("max deliveries must be between 1 and 1000.");
        }

        if (AckWait < TimeSpan.FromSeconds(1))
        {
            errors.Add("ack wait must be at least 1 second.");
        }

        if (IdleWait < TimeSpan.FromSeconds(1))
        {
            errors.Add("idle wait must be at least 1 second (the client's shortest pull expiry).");
        }

        return errors;
    }

    private static void AddNameProblem(List<string> errors, string what, string name)
    {
        if (Subjects.NameProblem(name) is { } problem)
        {
            errors.Add($"{what} name \"{name}\" {problem}.");
        }
    }

    private static void AddSubjectProblem(List<string> errors, string what, string subject, bool allowWildcards)
    {
        if (Subjects.Problem(subject, allowWildcards) is { } problem)
        {
            errors.Add($"{what} \"{subject}\" {problem}.");
        }
    }
}
