using System.Text;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>The non-blank lines of a UTF-8 text file, each with its file:line location for error messages.</summary>
internal static class NumberedLines
{
    public static IEnumerable<(string Line, SourceLocation Location)> NonBlank(string file, long firstLine = 1)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber >= firstLine && line.Trim().Length > 0)
            {
                yield return (line, new SourceLocation(file, lineNumber));
            }
        }
    }
}
