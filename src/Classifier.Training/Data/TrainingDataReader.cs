using Classifier.Bundles;
using CsvHelper;

namespace Classifier.Training.Data;

/// <summary>Reads labelled CSV files (the training-data contract). Invalid records either stop the read with every
/// problem listed as <c>file:line: reason</c>, or, with <c>skipInvalid</c>, are reported and left out.</summary>
public sealed class TrainingDataReader
{
    private readonly bool _skipInvalid;
    private readonly Action<DataIssue>? _onSkipped;

    public TrainingDataReader(bool skipInvalid = false, Action<DataIssue>? onSkipped = null)
    {
        _skipInvalid = skipInvalid;
        _onSkipped = onSkipped;
    }

    /// <summary>Reads files and directories of <c>*.csv</c>. Ids must be unique across all of them.</summary>
    public TrainingData Read(IEnumerable<string> paths)
    {
        var files = DataPaths.ExpandCsv(paths);
        var articles = new List<LabelledArticle>();
        var fingerprints = new List<DataFileManifest>();
        var issues = new List<DataIssue>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var rows = 0;
            foreach (var (article, issue) in ReadFile(file))
            {
                var problem = issue ?? CheckUnique(article!, seen);
                if (problem is not null)
                {
                    issues.Add(problem);
                    continue;
                }

                seen[article!.Id] = article.Location;
                articles.Add(article);
                rows++;
            }

            fingerprints.Add(new DataFileManifest(file, FileHash.Sha256(file), rows));
        }

        if (issues.Count > 0)
        {
            if (!_skipInvalid)
            {
                throw new DataValidationException(issues);
            }

            foreach (var issue in issues)
            {
                _onSkipped?.Invoke(issue);
            }
        }

        return new TrainingData(articles, fingerprints, issues);
    }

    private static DataIssue? CheckUnique(LabelledArticle article, Dictionary<string, SourceLocation> seen) =>
        seen.TryGetValue(article.Id, out var first)
            ? new DataIssue(article.Location, $"duplicate id '{article.Id}' (first at {first})")
            : null;

    /// <summary>Yields each record as an article, or as the issue that makes it unusable.</summary>
    private static IEnumerable<(LabelledArticle? Article, DataIssue? Issue)> ReadFile(string file)
    {
        var malformed = new List<DataIssue>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Add(new DataIssue(
                new SourceLocation(file, record.LineNumber), $"unparsable CSV record ({Describe(record.Reason)})")),
        };

        using var csv = CsvReader.Create(File.OpenRead(file), options, leaveOpen: false);
        int[] columns;
        try
        {
            csv.ReadHeader();
            columns = MapColumns(csv.Headers, file);
        }
        catch (CsvFormatException e)
        {
            columns = [];
            malformed.Add(new DataIssue(new SourceLocation(file, 1), $"unparsable CSV header: {e.Message}"));
        }

        if (columns.Length == 0)
        {
            foreach (var issue in malformed)
            {
                yield return (null, issue);
            }

            yield break;
        }

        while (true)
        {
            bool more;
            DataIssue? readError = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException e)
            {
                more = false;
                readError = new DataIssue(new SourceLocation(file, e.LineNumber), $"unparsable CSV: {e.Message}");
            }

            // Malformed records are reported by the reader's callback as it skips them; emit them in file order.
            foreach (var issue in malformed)
            {
                yield return (null, issue);
            }

            malformed.Clear();
            if (readError is not null)
            {
                yield return (null, readError);
            }

            if (!more)
            {
                yield break;
            }

            var article = ToArticle(csv, columns, new SourceLocation(file, csv.LineNumber));
            var problem = RecordValidator.Check(article);
            yield return problem is null ? (article, null) : (null, new DataIssue(article.Location, problem));
        }
    }

    private static int[] MapColumns(IReadOnlyList<string> headers, string file)
    {
        var columns = new int[ContractColumns.All.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = CsvHeaders.IndexOf(headers, ContractColumns.All[i]);
        }

        var missing = ContractColumns.All.Where((_, i) => columns[i] < 0 && ContractColumns.All[i] != ContractColumns.Source).ToArray();
        if (missing.Length > 0)
        {
            throw new DataValidationException(
            [
                new DataIssue(new SourceLocation(file, 1),
                    $"missing column(s) {string.Join(", ", missing)}; the header must be {string.Join(",", ContractColumns.All)}"),
            ]);
        }

        return columns;
    }

    private static LabelledArticle ToArticle(CsvReader csv, int[] columns, SourceLocation location)
    {
        string Cell(int column) => columns[column] >= 0 ? csv.GetString(columns[column]).Trim() : "";
        string? Label(int column) => Cell(column) is { Length: > 0 } value ? value : null;
        return new LabelledArticle
        {
            Id = Cell(0),
            Title = Cell(1),
            Text = Cell(2),
            Regions = SplitList(Cell(3)),
            Countries = SplitList(Cell(4)).Select(c => c.ToUpperInvariant()).ToArray(),
            Topic = Label(5),
            Tone = Label(6),
            Source = Cell(7),
            Location = location,
        };
    }

    private static string[] SplitList(string cell) =>
        cell.Split(ContractColumns.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote",
        CsvMalformedReason.UnterminatedQuote => "a quoted field that is never closed",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside quotes",
        CsvMalformedReason.FieldCountMismatch => "wrong number of fields",
        _ => reason.ToString(),
    };
}
