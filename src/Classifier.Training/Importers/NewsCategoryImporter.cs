using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>The News Category Dataset (HuffPost, 2018–2022) as JSON Lines, <c>{"row","category","headline",
/// "short_description",...}</c>, a file or a directory of <c>news_category*.jsonl</c>. Items that carry
/// <c>dev_id</c> form the real-news dev set and are never imported. With a labels table (<see
/// cref="NewsCategoryLabels"/>, keyed by <c>row</c>) a labelled item gets its full labels; any other item gets only
/// the topic that <see cref="NewsCategoryTopics"/> maps its site category to, or none.</summary>
public sealed class NewsCategoryImporter : ICorpusImporter
{
    public const string Source = "news-category";

    private readonly NewsCategoryLabels? _labels;
    private readonly bool _labelledOnly;

    public NewsCategoryImporter(NewsCategoryLabels? labels = null, bool labelledOnly = false)
    {
        if (labelledOnly && labels is null)
        {
            throw new ArgumentException("Importing labelled items only needs a labels table.", nameof(labelledOnly));
        }

        _labels = labels;
        _labelledOnly = labelledOnly;
    }

    public string Name => "newscategory";

    public string Description => "News Category (HuffPost) JSONL (news_category*.jsonl, file or directory): site category -> topic, or full labels with --labels; dev-set items skipped.";

    public IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null)
    {
        foreach (var file in InputFiles.Expand(path, "news_category*.jsonl"))
        {
            var fileSkips = new ImportSkips();
            var imported = 0;
            foreach (var (line, location) in NumberedLines.NonBlank(file))
            {
                var item = Parse(line, location);
                var skip = SkipReason(item);
                if (skip is not null)
                {
                    fileSkips.Add(skip);
                    skips?.Add(skip);
                    continue;
                }

                imported++;
                yield return ToArticle(item, location);
            }

            progress?.Report($"{Path.GetFileName(file)}: imported {imported} (skipped {fileSkips})");
        }
    }

    private string? SkipReason(NewsCategoryItem item)
    {
        if (item.DevId is not null)
        {
            // The dev set is the yardstick for real news; training on it would make the yardstick meaningless.
            return "dev-set item (dev_id)";
        }

        var labelled = _labels?.Contains(item.Row!.Value) == true;
        if (_labelledOnly && !labelled)
        {
            return "not in the labels table";
        }

        if (!labelled && NewsCategoryTopics.TopicOf(item.Category!) is null)
        {
            return $"category without a topic ({item.Category})";
        }

        return null;
    }

    private static NewsCategoryItem Parse(string line, SourceLocation location)
    {
        NewsCategoryItem? item;
        try
        {
            item = JsonSerializer.Deserialize<NewsCategoryItem>(line);
        }
        catch (JsonException e)
        {
            throw new ImportFormatException(location, $"invalid JSON: {e.Message}");
        }

        if (item is null)
        {
            throw new ImportFormatException(location, "expected a JSON object, found null");
        }

        if (item.Row is null)
        {
            throw new ImportFormatException(location, "missing \"row\"");
        }

        if (string.IsNullOrWhiteSpace(item.Category))
        {
            throw new ImportFormatException(location, $"row {item.Row}: missing \"category\"");
        }

        if (string.IsNullOrWhiteSpace(item.Headline) && string.IsNullOrWhiteSpace(item.ShortDescription))
        {
            throw new ImportFormatException(location, $"row {item.Row}: empty \"headline\" and \"short_description\"");
        }

        return item;
    }

    private LabelledArticle ToArticle(NewsCategoryItem item, SourceLocation location)
    {
        var row = item.Row!.Value;
        var article = new LabelledArticle
        {
            Id = $"newscat-{row}",
            Title = item.Headline ?? "",
            // A lead-less item still trains on its headline; the text column may not be empty.
            Text = string.IsNullOrWhiteSpace(item.ShortDescription) ? item.Headline! : item.ShortDescription,
            Source = Source,
            Location = location,
        };
        if (_labels is not null && _labels.TryGet(row, out var labels))
        {
            return article with
            {
                Regions = labels.Regions,
                Countries = labels.Countries,
                Topic = labels.Topic,
                Tone = labels.Tone,
            };
        }

        return article with { Topic = NewsCategoryTopics.TopicOf(item.Category!) };
    }

    private sealed record NewsCategoryItem(
        [property: JsonPropertyName("row")] int? Row,
        [property: JsonPropertyName("category")] string? Category,
        [property: JsonPropertyName("headline")] string? Headline,
        [property: JsonPropertyName("short_description")] string? ShortDescription,
        [property: JsonPropertyName("dev_id")] string? DevId);
}
