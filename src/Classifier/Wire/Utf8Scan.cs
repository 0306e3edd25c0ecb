using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Classifier.Wire;

/// <summary>Where input bytes stop being UTF-8. Every transport refuses such input rather than scoring replacement
/// characters, and names the first bad byte so the sender can find it.</summary>
public static class Utf8Scan
{
    /// <summary>The offset of the first byte that does not decode, or null when all of <paramref name="bytes"/> is
    /// UTF-8.</summary>
    public static int? FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length;
    }
}
