using System.Globalization;
using System.Text;
using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Importers;

/// <summary>Our labels for News Category items, keyed by the corpus' <c>row</c>: the repository keeps ids and labels
/// only (<c>data/labels/news-category.csv</c>, header <c>row,regions,countries,topic,tone,confidence,annotator</c>),
/// never the text, which stays in <c>../shared</c> and is joined at import time.</summary>
public sealed class NewsCategoryLabels
{
    public const string RelativePath = "data/labels/news-category.csv";

    private static readonly string[] s_header = ["row", "regions", "countries", "topic", "tone", "confidence", "annotator"];

    private readonly Dictionary<int, ItemLabels> _labels;

    private NewsCategoryLabels(Dictionary<int, ItemLabels> labels, string sourceName)
    {
        _labels = labels;
        SourceName = sourceName;
    }

    public string SourceName { get; }

    public int Count => _labels.Count;

    public bool Contains(int row) => _labels.ContainsKey(row);

    public bool TryGet(int row, out ItemLabels labels) => _labels.TryGetValue(row, out labels!);

    /// <summary>Reads and checks the whole table; any bad line throws naming the file and line.</summary>
    public static NewsCategoryLabels Load(string path)
    {
        var labels = new Dictionary<int, ItemLabels>();
        var header = File.ReadLines(path, Encoding.UTF8).FirstOrDefault();
        if (header is null || !header.Trim().TrimStart('\uFEFF').Split(',').SequenceEqual(s_header))
        {
            throw new ImportFormatException(new SourceLocation(path, 1), $"expected the header '{string.Join(',', s_header)}'");
        }

        foreach (var (line, location) in NumberedLines.NonBlank(path, firstLine: 2))
        {
            var (row, item) = ParseLine(line, location);
            if (!labels.TryAdd(row, item))
            {
                throw new ImportFormatException(location, $"row {row} is labelled twice");
            }
        }

        return new NewsCategoryLabels(labels, path);
    }

    private static (int Row, ItemLabels Labels) ParseLine(string line, SourceLocation location)
    {
        var cells = line.Split(',');
        if (cells.Length != s_header.Length)
        {
            throw new ImportFormatException(location, $"expected {s_header.Length} cells, found {cells.Length}");
        }

        if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            throw new ImportFormatException(location, $"row '{cells[0]}' is not a number");
        }

        var regions = Split(cells[1]);
        var countries = Split(cells[2]);
        foreach (var region in regions)
        {
            Require(Labels.Regions.Contains(region), location, $"row {row}: unknown region '{region}'");
        }

        foreach (var country in countries)
        {
            Require(CountryRegions.Default.TryGetRegion(country, out _), location, $"row {row}: unknown country '{country}'");
        }

        Require(Labels.Topics.Contains(cells[3]), location, $"row {row}: unknown topic '{cells[3]}'");
        Require(Labels.Tones.Contains(cells[4]), location, $"row {row}: unknown tone '{cells[4]}'");
        Require(cells[5] is "high" or "low", location, $"row {row}: confidence must be high or low, found '{cells[5]}'");
        return (row, new ItemLabels(regions, countries, cells[3], cells[4], cells[5] == "high", cells[6]));
    }

    private static string[] Split(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Require(bool condition, SourceLocation location, string message)
    {
        if (!condition)
        {
            throw new ImportFormatException(location, message);
        }
    }

    public sealed record ItemLabels(
        IReadOnlyList<string> Regions, IReadOnlyList<string> Countries, string Topic, string Tone, bool HighConfidence, string Annotator);
}
