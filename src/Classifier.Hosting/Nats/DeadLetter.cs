namespace Classifier.Hosting.Nats;

/// <summary>What the worker publishes for an input it cannot score, so that nothing is dropped silently: why, where
/// the input was (<see cref="Subject"/>, <see cref="Stream"/> and <see cref="StreamSequence"/> find it again), and the
/// input itself as UTF-8 text (invalid bytes become U+FFFD). <see cref="Id"/> is the input's id when it had a readable
/// one. A payload longer than <see cref="MaxPayloadChars"/> is cut, and <see cref="PayloadTruncated"/> says so,
/// because the dead letter must fit in one message even when the input barely did.</summary>
public sealed record DeadLetter(
    string? Id,
    string Reason,
    string Subject,
    string Stream,
    ulong StreamSequence,
    string Payload,
    bool? PayloadTruncated = null)
{
    public const int MaxPayloadChars = 64 * 1024;

    public static DeadLetter For(string? id, string reason, string subject, string stream, ulong streamSequence, ReadOnlySpan<byte> payload)
    {
        var text = System.Text.Encoding.UTF8.GetString(payload);
        if (text.Length <= MaxPayloadChars)
        {
            return new DeadLetter(id, reason, subject, stream, streamSequence, text);
        }

        // Never cut between the halves of a surrogate pair: half a character is not text.
        var cut = char.IsHighSurrogate(text[MaxPayloadChars - 1]) ? MaxPayloadChars - 1 : MaxPayloadChars;
        return new DeadLetter(id, reason, subject, stream, streamSequence, text[..cut], PayloadTruncated: true);
    }
}
