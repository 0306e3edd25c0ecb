using CsvHelper;

namespace Classifier.Training.Data;

/// <summary>Writes labelled articles in the training-data contract (header, RFC 4180 quoting, LF line ends).</summary>
public static class LabelledCsvWriter
{
    public static void Write(string path, IEnumerable<LabelledArticle> articles)
    {
        var options = new CsvWriterOptions { NewLine = "\n", Quoting = CsvQuoting.WhenNeeded };
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, options, leaveOpen: false);
        csv.WriteRecord(ContractColumns.All.ToArray());
        foreach (var a in articles)
        {
            // Title and text are always quoted, as the authored files are, so a rewrite changes only what moved.
            csv.WriteField(a.Id);
            csv.WriteField(a.Title, CsvQuoting.Always);
            csv.WriteField(a.Text, CsvQuoting.Always);
            csv.WriteField(string.Join(ContractColumns.ListSeparator, a.Regions));
            csv.WriteField(string.Join(ContractColumns.ListSeparator, a.Countries));
            csv.WriteField(a.Topic ?? "");
            csv.WriteField(a.Tone ?? "");
            csv.WriteField(a.Source);
            csv.EndRecord();
        }

        csv.Flush();
    }
}
