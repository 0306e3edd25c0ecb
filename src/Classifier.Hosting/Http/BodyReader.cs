using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Classifier.Hosting.Http;

/// <summary>Reads a request body up to a limit without trusting Content-Length, so an oversize or endless body is
/// refused with 413 whatever server runs the app. Memory grows with the bytes that actually arrive: a declared
/// length only decides an early 413, so a client cannot make the service reserve the limit by announcing it.</summary>
internal static class BodyReader
{
    private const int ChunkBytes = 16 * 1024;

    public sealed record Result(byte[]? Body, bool TooLarge);

    public static async Task<Result> ReadAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return new Result(null, TooLarge: true);
        }

        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(ChunkBytes);
                var read = await request.Body.ReadAsync(memory[..ChunkBytes], cancellation).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                if (buffer.WrittenCount + (long)read > limit)
                {
                    return new Result(null, TooLarge: true);
                }

                buffer.Advance(read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel enforces the same limit on its own and may get there first.
            return new Result(null, TooLarge: true);
        }

        return new Result(buffer.WrittenSpan.ToArray(), TooLarge: false);
    }
}
