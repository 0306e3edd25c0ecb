using System.Text;
using Classifier.Countries;

namespace Classifier.Training.Gazetteer;

/// <summary>Writes the gazetteer TSV: the header, then one row per entry in the given order, LF line ends,
/// UTF-8 without a byte-order mark, so regenerating an unchanged gazetteer leaves the file byte-identical.</summary>
public static class GazetteerWriter
{
    public static void Write(IEnumerable<GazetteerEntry> entries, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, Format(entries), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static string Format(IEnumerable<GazetteerEntry> entries)
    {
        var text = new StringBuilder(GazetteerTsv.Header).Append('\n');
        foreach (var entry in entries)
        {
            if (entry.Phrase.Contains('\t') || entry.Phrase.Contains('\n'))
            {
                throw new ArgumentException($"phrase '{entry.Phrase}' contains a tab or a line break.", nameof(entries));
            }

            text.Append(GazetteerTsv.FormatLine(entry)).Append('\n');
        }

        return text.ToString();
    }
}
