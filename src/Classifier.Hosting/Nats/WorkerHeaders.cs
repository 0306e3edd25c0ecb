namespace Classifier.Hosting.Nats;

/// <summary>Headers on every message the worker publishes.</summary>
public static class WorkerHeaders
{
    /// <summary>JetStream's de-duplication key, <c>&lt;input stream&gt;:&lt;input sequence&gt;</c>: the same for every
    /// delivery of one input, so a result re-published after a redelivery is dropped by the output stream. A result and
    /// a dead letter of one input share it, so an input has one outcome even if a model reload changed its fate.</summary>
    public const string MsgId = "Nats-Msg-Id";

    /// <summary>The <see cref="WorkerOptions.WorkerName"/> of the worker that wrote the message.</summary>
    public const string Worker = "Classifier-Worker";

    public static string InputKey(string stream, ulong sequence) => $"{stream}:{sequence}";
}
