using Classifier.Training.Data;
using CsvHelper;

namespace Classifier.Cli.Input;

/// <summary>Reads a CSV with an <c>id,title,text</c> header (other columns are ignored), lazily.</summary>
public static class CsvRecordReader
{
    public static IEnumerable<InputRecord> Read(Stream stream, string sourceName)
    {
        var malformed = new Queue<InputRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
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

        while (csv.Read())
        {
            while (malformed.TryDequeue(out var bad))
            {
                yield return bad;
            }

            var line = csv.LineNumber;
            var body = csv.GetString(text);
            var headline = title >= 0 ? csv.GetString(title) : "";
            yield return new InputRecord(
                line,
                id >= 0 ? csv.GetString(id) : null,
                headline,
                body,
                string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(headline) ? $"{sourceName}:{line}: empty \"text\" and \"title\"" : null);
        }

        while (malformed.TryDequeue(out var bad))
        {
            yield return bad;
        }
    }
}
