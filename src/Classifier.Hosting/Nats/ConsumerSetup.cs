using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Classifier.Hosting.Nats;

/// <summary>Creates the durable pull consumer the workers share, or brings an existing one to the worker's settings.
/// Every worker of a durable runs this at start with the same options, so whichever starts last wins harmlessly.</summary>
public static class ConsumerSetup
{
    public static ConsumerConfig ConfigFor(WorkerOptions options) => new(options.Durable)
    {
        DurableName = options.Durable,
        Description = $"classifier worker: scores {options.Subject} into {options.OutSubject}",
        AckPolicy = ConsumerConfigAckPolicy.Explicit,
        DeliverPolicy = ConsumerConfigDeliverPolicy.All,
        FilterSubject = options.Subject,
        AckWait = options.AckWait,
        MaxAckPending = options.MaxAckPending,

        // Unlimited deliveries on the server: a server-side cap would leave the last failed delivery unacked in the
        // stream with no outcome anywhere. The worker caps instead (WorkerOptions.MaxDeliveries): past the cap it
        // stores a dead letter and acks, so an input that keeps crashing workers ends as a dead letter, not a loop.
        MaxDeliver = -1,
    };

    public static async Task<INatsJSConsumer> EnsureAsync(INatsJSContext js, WorkerOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            return await js.CreateOrUpdateConsumerAsync(options.Stream, ConfigFor(options), cancellationToken);
        }
        catch (NatsJSApiException e)
        {
            throw new WorkerSetupException(
                $"cannot create or update the durable consumer {options.Durable} on stream {options.Stream} "
                + $"(filter {options.Subject}): {e.Error.Description} (error {e.Error.ErrCode}). "
                + "A durable keeps its filter: use another --durable, or delete the old consumer.", e);
        }
        catch (NatsException e)
        {
            throw new WorkerSetupException(
                $"JetStream at {js.Connection.Opts.Url} did not answer creating consumer {options.Durable} ({e.Message}).", e);
        }
    }
}
