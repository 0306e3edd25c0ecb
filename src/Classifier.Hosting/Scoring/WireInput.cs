using System.Text.Json;
using Classifier.Wire;

namespace Classifier.Hosting.Scoring;

/// <summary>Reads articles off the wire for the hosts without ever throwing: bytes that are not UTF-8 are refused
/// with the offset of the first bad byte (the JSON reader would otherwise fail only when a string is read, as an
/// <see cref="InvalidOperationException"/>), and any other surprise from the reader becomes that record's error.</summary>
public static class WireInput
{
    /// <summary>Why <paramref name="bytes"/> is not UTF-8, or null when it is.</summary>
    public static string? Utf8Problem(ReadOnlySpan<byte> bytes) =>
        Utf8Scan.FirstInvalidByte(bytes) is not { } offset ? null
        : offset < bytes.Length ? $"not valid UTF-8: bad byte 0x{bytes[offset]:X2} at offset {offset}"
        : "not valid UTF-8";

    /// <summary>One article from a whole message or request body.</summary>
    public static ParsedArticle Parse(ReadOnlyMemory<byte> body)
    {
        if (Utf8Problem(body.Span) is { } problem)
        {
            return ParsedArticle.Invalid(null, problem);
        }

        try
        {
            return ArticleJson.Parse(body);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return ParsedArticle.Invalid(null, $"unreadable article: {e.Message}");
        }
    }

    /// <summary>One article from an element of an already parsed document (an item of a batch).</summary>
    public static ParsedArticle Read(JsonElement element)
    {
        try
        {
            return ArticleJson.Read(element);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            return ParsedArticle.Invalid(null, $"unreadable article: {e.Message}");
        }
    }
}
