using NATS.Client.Core;

namespace Classifier.Hosting.Nats;

/// <summary>Opens the worker's connection, turning "nothing listens there" into an error that names the URL.</summary>
public static class NatsConnector
{
    /// <summary>Connects to <paramref name="url"/> or throws <see cref="WorkerSetupException"/>. Reconnects after a
    /// later outage are left to the client (it retries forever), but the first connect fails fast: a wrong URL at
    /// start is a mistake to report, not an outage to wait out.</summary>
    public static async Task<NatsConnection> ConnectAsync(string url, string clientName, CancellationToken cancellationToken = default)
    {
        var connection = new NatsConnection(new NatsOpts
        {
            Url = url,
            Name = clientName,
            RetryOnInitialConnect = false,

            // JetStream API calls and PubAcks wait this long; a busy server (or a busy machine under it) can take
            // more than the client's 5 s default, and a timed-out PubAck only means a needless redelivery.
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(15),
        });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken);
            return connection;
        }
        catch (OperationCanceledException)
        {
            await connection.DisposeAsync();
            throw;
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new WorkerSetupException($"cannot connect to NATS at {url}: {e.Message} (is nats-server running there, with -js?)", e);
        }
    }
}
