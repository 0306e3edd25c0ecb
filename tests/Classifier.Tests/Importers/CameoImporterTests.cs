using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class CameoImporterTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Maps_labels_to_tones_with_line_ids_and_crlf_line_ends()
    {
        var file = _corpus.Write("cameo.tsv",
            "The ministry issued a statement on the harvest.\t0\r\n" +
            "The two foreign ministers agreed to hold talks next month.\t1\r\n" +
            "The government released forty prisoners on Friday.\t2\r\n" +
            "The opposition rejected the \u201cunacceptable\u201d proposal.\t3\r\n" +
            "Police detained twelve protesters outside parliament.\t4\r\n");

        var articles = new CameoImporter().Import(file, null).ToList();

        Assert.Equal(["cameo-1", "cameo-2", "cameo-3", "cameo-4", "cameo-5"], articles.Select(a => a.Id));
        Assert.Equal(
            ["neutral", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"],
            articles.Select(a => a.Tone));
        Assert.Equal("The opposition rejected the \u201cunacceptable\u201d proposal.", articles[3].Text);
        Assert.All(articles, a =>
        {
            Assert.Equal("", a.Title);
            Assert.Null(a.Topic);
            Assert.Empty(a.Regions);
            Assert.Empty(a.Countries);
            Assert.Equal(CameoImporter.Source, a.Source);
        });
    }

    [Theory]
    [InlineData("7")]
    [InlineData("verbal-conflict")]
    [InlineData("")]
    public void Bad_label_is_an_error_naming_file_and_line(string label)
    {
        var file = _corpus.Write("cameo.tsv", "Leaders met in Doha.\t1\r\nTroops shelled the town.\t" + label + "\r\n");

        var e = Assert.Throws<ImportFormatException>(() => new CameoImporter().Import(file, null).ToList());

        Assert.Equal($"{file}:2", e.Location.ToString());
        Assert.StartsWith($"{file}:2: bad label '{label}'", e.Message);
    }

    [Fact]
    public void Line_without_a_tab_is_an_error()
    {
        var file = _corpus.Write("cameo.tsv", "No label here\r\n");

        var e = Assert.Throws<ImportFormatException>(() => new CameoImporter().Import(file, null).ToList());

        Assert.Equal($"{file}:1", e.Location.ToString());
    }
}
