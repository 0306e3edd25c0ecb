using System.Text.Json;

namespace Classifier.Wire;

/// <summary>Reads the one input contract every transport shares: a JSON object <c>{"id","title","text"}</c>.
/// Never throws for bad input: a record that is not such an object comes back with an error saying why.</summary>
/// <remarks>An article needs a non-blank <c>text</c> or <c>title</c>: a headline alone is scored on the headline.
/// <c>title</c> and <c>text</c> must be JSON strings (or null / absent); <c>id</c> may be a string or a
/// number, because feeds number their records, and a number comes back as its literal JSON text (<c>7</c> → "7").
/// Any other type (object, array, bool) is refused with the field and the type found: scoring the raw JSON of an
/// object as if it were the article would give a confident answer to a question nobody asked.</remarks>
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
            return ParsedArticle.Invalid(null, $"expected a JSON object, found {Describe(element.ValueKind)}");
        }

        var idField = Field(element, "id", allowNumber: true);
        var titleField = Field(element, "title", allowNumber: false);
        var textField = Field(element, "text", allowNumber: false);
        var id = idField.Value;
        var title = titleField.Value ?? "";
        var text = textField.Value ?? "";
        // A headline alone is scored (on the title); only a record with neither is refused.
        var error = idField.Error ?? titleField.Error ?? textField.Error
            ?? (!string.IsNullOrWhiteSpace(text) || !string.IsNullOrWhiteSpace(title) ? null
                : textField.Value is null ? "missing \"text\""
                : "empty \"text\"");
        return error is null ? new ParsedArticle(id, title, text, null) : ParsedArticle.Invalid(id, error);
    }

    private static (string? Value, string? Error) Field(JsonElement root, string name, bool allowNumber)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return (null, null);
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => ReadString(value, name),
            JsonValueKind.Null => (null, null),
            JsonValueKind.Number when allowNumber => (value.GetRawText(), null),
            _ => (null, $"\"{name}\" must be a string{(allowNumber ? " or a number" : "")}, found {Describe(value.ValueKind)}"),
        };
    }

    // A string that is valid JSON can still not be text: invalid UTF-8 bytes inside it, or an escaped lone surrogate
    // ("\ud800"). System.Text.Json throws InvalidOperationException for those only when the value is read.
    private static (string? Value, string? Error) ReadString(JsonElement value, string name)
    {
        try
        {
            return (value.GetString(), null);
        }
        catch (InvalidOperationException e)
        {
            return (null, $"\"{name}\" is not valid text: {e.Message}");
        }
    }

    // JsonValueKind's own names (Object, Array, Number), which earlier messages already used; true and false are
    // two kinds there but one type to the sender.
    private static string Describe(JsonValueKind kind) =>
        kind is JsonValueKind.True or JsonValueKind.False ? "Boolean" : kind.ToString();
}
