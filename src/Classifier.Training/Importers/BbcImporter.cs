using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>BBC News (Greene &amp; Cunningham) as JSON Lines, <c>{"id","category","title","text","duplicate_of"}</c>,
/// a file or a directory of <c>*.jsonl</c>: topic labels only.</summary>
public sealed class BbcImporter : ICorpusImporter
{
    public const string Source = "bbc-news";

    private static readonly Dictionary<string, string> s_topics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["business"] = "economy",
        ["entertainment"] = "arts-entertainment",
        ["politics"] = "politics",
        ["sport"] = "sport",
        ["tech"] = "science-technology",
    };

    public string Name => "bbc";

    public string Description => "BBC News JSONL ({\"id\",\"category\",\"title\",\"text\",\"duplicate_of\"}, file or directory): topic labels.";

    public IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null)
    {
        foreach (var file in InputFiles.Expand(path, "*.jsonl"))
        {
            int imported = 0, duplicates = 0;
            foreach (var (line, location) in NumberedLines.NonBlank(file))
            {
                var row = Parse(line, location);
                if (row.DuplicateOf is not null)
                {
                    // Exact copies of another article: keeping both would weight it twice and, after a split,
                    // could put one copy on each side.
                    duplicates++;
                    skips?.Add("duplicate_of set");
                    continue;
                }

                imported++;
                yield return ToArticle(row, location);
            }

            progress?.Report($"{Path.GetFileName(file)}: imported {imported} (skipped {duplicates} duplicates)");
        }
    }

    private static BbcRow Parse(string line, SourceLocation location)
    {
        try
        {
            return JsonSerializer.Deserialize<BbcRow>(line) ?? throw new ImportFormatException(location, "expected a JSON object, found null");
        }
        catch (JsonException e)
        {
            throw new ImportFormatException(location, $"invalid JSON: {e.Message}");
        }
    }

    private static LabelledArticle ToArticle(BbcRow row, SourceLocation location)
    {
        if (string.IsNullOrWhiteSpace(row.Id))
        {
            throw new ImportFormatException(location, "missing \"id\"");
        }

        if (string.IsNullOrWhiteSpace(row.Text))
        {
            throw new ImportFormatException(location, $"record '{row.Id}': empty \"text\"");
        }

        if (row.Category is null || !s_topics.TryGetValue(row.Category, out var topic))
        {
            throw new ImportFormatException(location,
                $"record '{row.Id}': unknown category '{row.Category}' (expected one of {string.Join(", ", s_topics.Keys)})");
        }

        return new LabelledArticle
        {
            Id = $"bbc-{row.Id.Trim().Replace('/', '-')}",
            Title = row.Title?.Trim() ?? "",
            Text = row.Text.Trim(),
            Topic = topic,
            Source = Source,
            Location = location,
        };
    }

    private sealed record BbcRow(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("category")] string? Category,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("duplicate_of")] string? DuplicateOf);
}
