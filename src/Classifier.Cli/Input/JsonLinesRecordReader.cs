using Classifier.Wire;

namespace Classifier.Cli.Input;

/// <summary>Reads <c>{"id","title","text"}</c> objects, one per line, lazily. A line that is not such an object
/// becomes an error record, so the output keeps one line per input line.</summary>
public static class JsonLinesRecordReader
{
    public static IEnumerable<InputRecord> Read(TextReader reader)
    {
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ArticleJson.Parse(line);
            yield return new InputRecord(
                lineNumber, article.Id, article.Title, article.Text, article.Error is null ? null : $"line {lineNumber}: {article.Error}");
        }
    }
}
