using Classifier.Training.Data;

namespace Classifier.Tests.Data;

public sealed class TrainingDataReaderTests : IDisposable
{
    private const string Header = "id,title,text,regions,countries,topic,tone,source";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("reader-tests-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    [Fact]
    public void Reads_valid_rows_with_lists_and_empty_labels()
    {
        var path = Write("ok.csv", Header,
            "a1,Talks,\"Qatar and Russia held talks, said the ministry.\",middle-east-north-africa;europe-central-asia,QAT;RUS,diplomacy,verbal-cooperation,test",
            "a2,,Only a tone label here.,,,,neutral,test");
        var data = new TrainingDataReader().Read([path]);
        Assert.Equal(2, data.Articles.Count);
        Assert.Equal(["middle-east-north-africa", "europe-central-asia"], data.Articles[0].Regions);
        Assert.Equal("middle-east-north-africa", data.Articles[0].PrimaryRegion);
        Assert.Equal(["QAT", "RUS"], data.Articles[0].Countries);
        Assert.Null(data.Articles[1].Topic);
        Assert.Equal("neutral", data.Articles[1].Tone);
        Assert.Equal(2, data.Files.Single().Rows);
        Assert.Equal(64, data.Files.Single().Sha256.Length);
    }

    [Theory]
    [InlineData("b1,T,Some text.,,,sports,,test", ":2:", "unknown topic 'sports'")]
    [InlineData("b1,T,,,,diplomacy,,test", ":2:", "empty text")]
    [InlineData("b1,T,Some text.,,,,friendly,test", ":2:", "unknown tone 'friendly'")]
    [InlineData("b1,T,Some text.,middle-east,,,,test", ":2:", "unknown region 'middle-east'")]
    [InlineData("b1,T,Some text.,,QQQ,,,test", ":2:", "unknown country code 'QQQ'")]
    public void Invalid_row_stops_the_read_with_file_line_and_reason(string row, string line, string reason)
    {
        var path = Write("bad.csv", Header, row);
        var e = Assert.Throws<DataValidationException>(() => new TrainingDataReader().Read([path]));
        var issue = Assert.Single(e.Issues);
        Assert.Equal($"{path}{line}", $"{issue.Location}:");
        Assert.Contains(reason, issue.Message);
        Assert.Contains($"{path}{line}", e.Message);
    }

    [Fact]
    public void Duplicate_id_across_files_names_both_places()
    {
        var first = Write("one.csv", Header, "dup,T,First text.,,,,neutral,test");
        var second = Write("two.csv", Header, "x1,T,Other text.,,,,neutral,test", "dup,T,Second text.,,,,neutral,test");
        var e = Assert.Throws<DataValidationException>(() => new TrainingDataReader().Read([first, second]));
        var issue = Assert.Single(e.Issues);
        Assert.Equal($"{second}:3", issue.Location.ToString());
        Assert.Contains($"first at {first}:2", issue.Message);
    }

    [Fact]
    public void Unparsable_csv_is_reported_with_its_line()
    {
        var path = Write("broken.csv", Header,
            "c1,T,Fine text.,,,,neutral,test",
            "c2,T,\"Broken \"quote\" here,,,,neutral,test",
            "c3,T,Also fine.,,,,neutral,test");
        var e = Assert.Throws<DataValidationException>(() => new TrainingDataReader().Read([path]));
        Assert.Contains(e.Issues, i => i.Location.Line == 3 && i.Message.Contains("unparsable CSV", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_column_is_reported_on_line_one()
    {
        var path = Write("cols.csv", "id,title,body", "d1,T,Text");
        var e = Assert.Throws<DataValidationException>(() => new TrainingDataReader().Read([path]));
        Assert.Equal(1, e.Issues.Single().Location.Line);
        Assert.Contains("text", e.Issues.Single().Message);
    }

    [Fact]
    public void Skip_invalid_reports_each_bad_row_and_keeps_the_rest()
    {
        var path = Write("mixed.csv", Header,
            "e1,T,Good text.,,,,neutral,test",
            "e2,T,,,,,neutral,test",
            "e3,T,Good again.,,,economy,,test",
            "e4,T,Bad topic.,,,weather,,test");
        var reported = new List<DataIssue>();
        var data = new TrainingDataReader(skipInvalid: true, reported.Add).Read([path]);
        Assert.Equal(["e1", "e3"], data.Articles.Select(a => a.Id));
        Assert.Equal([3L, 5L], reported.Select(i => i.Location.Line));
        Assert.Equal(2, data.Skipped.Count);
    }

    [Fact]
    public void Directory_argument_reads_its_csv_files_in_order()
    {
        Write("b.csv", Header, "f2,T,Second file.,,,,neutral,test");
        Write("a.csv", Header, "f1,T,First file.,,,,neutral,test");
        var data = new TrainingDataReader().Read([_dir.FullName]);
        Assert.Equal(["f1", "f2"], data.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Missing_path_is_named()
    {
        var missing = Path.Combine(_dir.FullName, "nope.csv");
        var e = Assert.Throws<FileNotFoundException>(() => new TrainingDataReader().Read([missing]));
        Assert.Contains(missing, e.Message);
    }
}
