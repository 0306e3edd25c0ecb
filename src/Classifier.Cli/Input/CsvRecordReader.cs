using System.Text;
using Classifier.Training.Data;
using CsvHelper;

namespace Classifier.Cli.Input;

/// <summary>Reads a CSV with an <c>id,title,text</c> header (other columns are ignored), lazily. A malformed record,
/// one over the length cap or one with invalid UTF-8 becomes an error record.</summary>
public static class CsvRecordReader
{
    public static IEnumerable<InputRecord> Read(Stream stream, string sourceName, int maxRecordBytes)
    {
        var malformed = new Queue<InputRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            // Bounds the reader's buffer when a record never ends, e.g. after an unclosed quote. Twice the cap, so that a
            // record just over it is still read whole, refused (below) and skipped, and the run goes on.
            MaxRecordSize = (int)Math.Min(2L * maxRecordBytes, int.MaxValue),
            OnMalformedRecord = r => malformed.Enqueue(new InputRecord(r.LineNumber, null, "", "", $"{sourceName}:{r.LineNumber}: unparsable CSV record ({r.Reason})")),
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        csv.ReadHeader();
        var id = CsvHeaders.IndexOf(csv.Headers, "id");
        var title = CsvHeaders.IndexOf(csv.Headers, "title");
        var text = CsvHeaders.IndexOf(csv.Headers, "text");
        if (text < 0)
        {
            throw new InvalidDataException($"{sourceName}:1: the header has no 'text' column (expected id,title,text).");
        }

        while (true)
        {
            var (more, failure) = TryRead(csv);
            while (malformed.TryDequeue(out var bad))
            {
                yield return bad;
            }

            if (failure is not null)
            {
                // Where a record far over the cap ends (an unclosed quote?) cannot be known, so nothing after it can be
                // trusted: it gets its error line and the run stops with an input error.
                var line = csv.LineNumber + 1;
                yield return new InputRecord(line, null, "", "", $"{sourceName}:{line}: {failure}");
                throw new InvalidDataException($"{sourceName}:{line}: {failure}; reading stopped there, since where that record ends is unknown.");
            }

            if (!more)
            {
                yield break;
            }

            yield return Record(csv, sourceName, maxRecordBytes, id, title, text);
        }
    }

    private static (bool More, string? Failure) TryRead(CsvReader csv)
    {
        try
        {
            return (csv.Read(), null);
        }
        catch (CsvFormatException e)
        {
            return (false, $"a CSV record far over --max-record-bytes, perhaps an unclosed quote ({e.Message})");
        }
    }

    private static InputRecord Record(CsvReader csv, string sourceName, int maxRecordBytes, int idColumn, int titleColumn, int textColumn)
    {
        var line = csv.LineNumber;
        var id = idColumn >= 0 ? csv.GetString(idColumn) : null;
        var title = titleColumn >= 0 ? csv.GetString(titleColumn) : "";
        var text = csv.GetString(textColumn);
        var error =
            Encoding.UTF8.GetByteCount(text) + Encoding.UTF8.GetByteCount(title) + (id is null ? 0 : Encoding.UTF8.GetByteCount(id)) > maxRecordBytes
                ? $"the record is longer than {maxRecordBytes} bytes (--max-record-bytes)"
            // The reader replaces bytes that are not UTF-8 with U+FFFD; such a record is refused, as in JSON lines.
            : text.Contains('\uFFFD') || title.Contains('\uFFFD') || id?.Contains('\uFFFD') == true
                ? "invalid UTF-8 (or U+FFFD) in the record; the record is refused rather than scored with replaced characters"
            : string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(title) ? "empty \"text\" and \"title\""
            : null;
        return error is null
            ? new InputRecord(line, id, title, text, null)
            : new InputRecord(line, id, "", "", $"{sourceName}:{line}: {error}");
    }
}
