using System.Text;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>A small, tolerant reader of <c>reut2-*.sgm</c> files. They are SGML, not XML (unquoted attribute values
/// are legal, end tags may be missing, <c>&amp;#3;</c> is not a valid XML character), so an XML parser rejects them.</summary>
internal static class ReutersSgmlReader
{
    private const string RecordTag = "REUTERS";
    private const string RecordEnd = "</REUTERS>";

    public static IEnumerable<ReutersRecord> Read(string file)
    {
        // The collection predates Unicode; its 8-bit bytes are Latin-1.
        var text = File.ReadAllText(file, Encoding.Latin1);
        var lines = new LineCounter(text);
        var at = 0;
        while (SgmlElement.Find(text, RecordTag, at, text.Length) is { } open)
        {
            var location = new SourceLocation(file, lines.LineAt(open.Start));
            var end = text.IndexOf(RecordEnd, open.ContentStart, StringComparison.OrdinalIgnoreCase);
            var next = SgmlElement.Find(text, RecordTag, open.ContentStart, text.Length);
            if (end < 0 || (next is { } n && n.Start < end))
            {
                throw new ImportFormatException(location, $"<{RecordTag}> record has no {RecordEnd}");
            }

            yield return Parse(text, open, end, location);
            at = end + RecordEnd.Length;
        }
    }

    private static ReutersRecord Parse(string text, SgmlElement open, int end, SourceLocation location)
    {
        var newId = open.Attribute("NEWID");
        if (string.IsNullOrEmpty(newId) || !newId.All(char.IsAsciiDigit))
        {
            throw new ImportFormatException(location, $"<{RecordTag}> record without a numeric NEWID attribute");
        }

        var from = open.ContentStart;
        var textElement = SgmlElement.Find(text, "TEXT", from, end);
        var bodyElement = textElement is { } t ? SgmlElement.Find(text, "BODY", t.ContentStart, t.ContentEnd) : null;
        return new ReutersRecord(
            location,
            newId,
            textElement?.Attribute("TYPE"),
            ReutersText.OneLine(Decoded(text, "TITLE", from, end)),
            ReutersText.OneLine(Decoded(text, "DATELINE", from, end)),
            bodyElement is { } b ? SgmlText.Decode(b.Content(text)) : null,
            Places(text, from, end));
    }

    private static string Decoded(string text, string tag, int from, int to) =>
        SgmlElement.Find(text, tag, from, to) is { } e ? SgmlText.Decode(e.Content(text)) : "";

    private static List<string> Places(string text, int from, int to)
    {
        var places = new List<string>();
        if (SgmlElement.Find(text, "PLACES", from, to) is not { } list)
        {
            return places;
        }

        var at = list.ContentStart;
        while (SgmlElement.Find(text, "D", at, list.ContentEnd) is { } d)
        {
            var code = SgmlText.Decode(d.Content(text)).Trim().ToLowerInvariant();
            if (code.Length > 0)
            {
                places.Add(code);
            }

            at = Math.Max(d.End, d.ContentStart);
        }

        return places;
    }

    /// <summary>Line numbers for offsets that only move forward, without rescanning the file for each record.</summary>
    private sealed class LineCounter(string text)
    {
        private int _offset;
        private long _line = 1;

        public long LineAt(int offset)
        {
            for (; _offset < offset; _offset++)
            {
                if (text[_offset] == '\n')
                {
                    _line++;
                }
            }

            return _line;
        }
    }
}
