using System.Net;
using Classifier.Training.Data;
using CsvHelper;

namespace Classifier.Training.Importers;

/// <summary>AG's News CSV (<c>"class","title","description"</c>, no header, one file): topic labels for three of
/// its four classes.</summary>
public sealed class AgNewsImporter : ICorpusImporter
{
    public const string Source = "ag-news";

    // 1 World spans diplomacy, security and politics, so it has no single topic: those rows keep an empty topic.
    private static readonly string?[] s_topics = [null, "sport", "economy", "science-technology"];

    public string Name => "agnews";

    public string Description => "AG's News CSV (\"class\",\"title\",\"description\", class 1-4, one file): topic labels; World stays unlabelled.";

    public IEnumerable<LabelledArticle> Import(string path, IProgress<string>? progress, ImportSkips? skips = null)
    {
        var file = InputFiles.Single(path, "*.csv");
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.Create(File.OpenRead(file), options, leaveOpen: false);
        var imported = 0;
        while (Read(csv, file))
        {
            var location = new SourceLocation(file, csv.LineNumber);
            if (csv.FieldCount != 3)
            {
                throw new ImportFormatException(location, $"expected 3 fields (class,title,description), found {csv.FieldCount}");
            }

            var text = Unescape(csv.GetString(2));
            if (text.Length == 0)
            {
                skips?.Add("empty description");
                continue;
            }

            imported++;
            yield return new LabelledArticle
            {
                Id = $"agnews-{csv.LineNumber}",
                Title = Unescape(csv.GetString(1)),
                Text = text,
                Topic = TopicOf(csv.GetString(0).Trim(), location),
                Source = Source,
                Location = location,
            };
        }

        progress?.Report($"{Path.GetFileName(file)}: imported {imported}");
    }

    private static bool Read(CsvReader csv, string file)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new ImportFormatException(new SourceLocation(file, e.LineNumber), $"unparsable CSV: {e.Message}");
        }
    }

    private static string? TopicOf(string label, SourceLocation location) =>
        label.Length == 1 && label[0] is >= '1' and <= '4'
            ? s_topics[label[0] - '1']
            : throw new ImportFormatException(location, $"bad class '{label}' (expected 1 World, 2 Sports, 3 Business, 4 Sci/Tech)");

    // The file escapes line breaks as a literal backslash-n, and its texts come from RSS feeds with HTML entities.
    private static string Unescape(string value) =>
        WebUtility.HtmlDecode(value.Replace("\\n", "\n", StringComparison.Ordinal)).Trim();
}
