using Classifier.Wire;

namespace Classifier.Cli.Input;

/// <summary>Reads <c>{"id","title","text"}</c> objects, one per line, lazily. A line that is not such an object, is
/// not valid UTF-8 or is longer than the cap becomes an error record, so the output keeps one line per input line
/// (blank lines are not records).</summary>
public static class JsonLinesRecordReader
{
    public static IEnumerable<InputRecord> Read(Stream stream, int maxRecordBytes)
    {
        var lines = new BoundedLineReader(stream, maxRecordBytes);
        while (lines.TryRead(out var line))
        {
            var n = line.Number;
            if (line.TooLong)
            {
                yield return Refused(n, $"the line is longer than {maxRecordBytes} bytes (--max-record-bytes); skipped to its end");
                continue;
            }

            var bytes = line.Bytes.Span;
            if (bytes.IsWhiteSpace())
            {
                continue;
            }

            if (Utf8Scan.FirstInvalidByte(bytes) is { } bad)
            {
                yield return Refused(n, $"invalid UTF-8 at byte {bad + 1} of the line; the record is refused rather than scored with replaced characters");
                continue;
            }

            var article = ArticleJson.Parse(line.Bytes);
            yield return new InputRecord(n, article.Id, article.Title, article.Text, article.Error is null ? null : $"line {n}: {article.Error}");
        }
    }

    private static InputRecord Refused(long line, string why) => new(line, null, "", "", $"line {line}: {why}");

    private static bool IsWhiteSpace(this ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v'))
            {
                return false;
            }
        }

        return true;
    }
}
