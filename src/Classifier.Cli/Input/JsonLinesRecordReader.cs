using System.Text.Json;

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

            yield return Parse(line, lineNumber);
        }
    }

    private static InputRecord Parse(string line, long lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new InputRecord(lineNumber, null, "", "", $"line {lineNumber}: invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputRecord(lineNumber, null, "", "", $"line {lineNumber}: expected a JSON object, found {root.ValueKind}");
            }

            var id = Value(root, "id");
            var title = Value(root, "title") ?? "";
            var text = Value(root, "text");
            var error = text is null ? "missing \"text\""
                : string.IsNullOrWhiteSpace(text) ? "empty \"text\""
                : null;
            return new InputRecord(lineNumber, id, title, text ?? "", error is null ? null : $"line {lineNumber}: {error}");
        }
    }

    // Ids may be numbers in the wild; they come back as the same literal text.
    private static string? Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Null => null,
                _ => value.GetRawText(),
            }
            : null;
}
