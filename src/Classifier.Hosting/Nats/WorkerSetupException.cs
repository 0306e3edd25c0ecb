namespace Classifier.Hosting.Nats;

/// <summary>The worker cannot start as asked: the server is not there, has no JetStream, or a stream or the consumer
/// there does not fit. The message names the URL, stream or subject and what to change.</summary>
public sealed class WorkerSetupException : Exception
{
    public WorkerSetupException(string message)
        : base(message)
    {
    }

    public WorkerSetupException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
