using System.Threading.Channels;

namespace Classifier.Cli.Input;

/// <summary>Groups a record stream into batches without waiting for a batch to fill: a reader thread pushes records
/// into a bounded channel and each batch takes what is already waiting, up to the batch size. A live pipe with one
/// record a minute gets each result at once; a file gets full batches; memory stays bounded either way.</summary>
public static class AvailableBatches
{
    public static IEnumerable<InputRecord[]> Of(IEnumerable<InputRecord> records, int batchSize)
    {
        var channel = Channel.CreateBounded<InputRecord>(new BoundedChannelOptions(Math.Max(batchSize * 4, 16))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        // Cancelled when the consumer stops early (e.g. its output pipe closed), so that reading stops too instead of
        // waiting forever on a full channel.
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var record in records)
                {
                    await channel.Writer.WriteAsync(record, stop.Token).ConfigureAwait(false);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        });

        var finished = false;
        try
        {
            var reader = channel.Reader;
            while (WaitToRead(reader))
            {
                var batch = new List<InputRecord>(batchSize);
                while (batch.Count < batchSize && reader.TryRead(out var record))
                {
                    batch.Add(record);
                }

                yield return batch.ToArray();
            }

            finished = true;
        }
        finally
        {
            if (!finished)
            {
                stop.Cancel();
            }
        }

        producer.GetAwaiter().GetResult();
    }

    // A reader that failed (e.g. a CSV without a text column) completes the channel with its exception: rethrow it
    // here, on the consuming thread, with its original type.
    private static bool WaitToRead(ChannelReader<InputRecord> reader)
    {
        try
        {
            return reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
