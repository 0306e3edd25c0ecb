using System.Text.Json;

namespace Classifier.Wire;

/// <summary>Reads the one input contract every transport shares: a JSON object <c>{"id","title","text"}</c>.
/// Never throws for bad input: a record that is not such an object comes back with an error saying why.</summary>
public static class ArticleJson
{
    public static ParsedArticle Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return ParsedArticle.Invalid(null, $"invalid JSON: {e.Message}");
        }
    }

    public static ParsedArticle Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return ParsedArticle.Invalid(null, $"invalid JSON: {e.Message}");
        }
    }

    /// <summary>Reads one parsed element (e.g. an item of a batch request).</summary>
    public static ParsedArticle Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ParsedArticle.Invalid(null, $"expected a JSON object, found {element.ValueKind}");
        }

        var id = Value(element, "id");
        var title = Value(element, "title") ?? "";
        var text = Value(element, "text");
        var error = text is null ? "missing \"text\""
            : string.IsNullOrWhiteSpace(text) ? "empty \"text\""
            : null;
        return error is null ? new ParsedArticle(id, title, text!, null) : ParsedArticle.Invalid(id, error);
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
