using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Classifier.Hosting.Http;

/// <summary>Reads a request body up to a limit without trusting Content-Length, so an oversize or endless body is
/// refused with 413 whatever server runs the app.</summary>
internal static class BodyReader
{
    public sealed record Result(byte[]? Body, bool TooLarge);

    public static async Task<Result> ReadAsync(HttpRequest request, long limit, CancellationToken cancellation)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return new Result(null, TooLarge: true);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is { } length ? (int)Math.Max(length, 1) : 16 * 1024);
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (buffer.WrittenCount + read > limit)
                {
                    return new Result(null, TooLarge: true);
                }

                buffer.Write(chunk.AsSpan(0, read));
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
