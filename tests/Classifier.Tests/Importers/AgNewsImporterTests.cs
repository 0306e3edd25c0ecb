using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class AgNewsImporterTests : IDisposable
{
    public const string Sample =
        "\"1\",\"Envoys meet over border row\",\"Diplomats from two neighbouring states met on Monday.\\nThey agreed to meet again.\"\n" +
        "\"2\",\"Cup final tonight\",\"The two clubs meet in the final, which starts at 8pm.\"\n" +
        "\"3\",\"Shares rise\",\"Stocks rose on Tuesday &amp; bonds fell, said \"\"analysts\"\".\"\n" +
        "\"4\",\"New chip unveiled\",\"A chip maker unveiled a faster processor.\"\n";

    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Maps_classes_to_topics_and_leaves_world_unlabelled()
    {
        var file = _corpus.Write("train.csv", Sample);

        var articles = new AgNewsImporter().Import(file, null).ToList();

        Assert.Equal(["agnews-1", "agnews-2", "agnews-3", "agnews-4"], articles.Select(a => a.Id));
        Assert.Equal([null, "sport", "economy", "science-technology"], articles.Select(a => a.Topic));
        Assert.Equal("Envoys meet over border row", articles[0].Title);
        Assert.Equal("Diplomats from two neighbouring states met on Monday.\nThey agreed to meet again.", articles[0].Text);
        Assert.Equal("Stocks rose on Tuesday & bonds fell, said \"analysts\".", articles[2].Text);
        Assert.All(articles, a =>
        {
            Assert.Null(a.Tone);
            Assert.Empty(a.Regions);
            Assert.Equal(AgNewsImporter.Source, a.Source);
        });
    }

    [Fact]
    public void Bad_class_is_an_error_naming_file_and_line()
    {
        var file = _corpus.Write("train.csv", "\"2\",\"T\",\"Text.\"\n\"5\",\"T\",\"Text.\"\n");

        var e = Assert.Throws<ImportFormatException>(() => new AgNewsImporter().Import(file, null).ToList());

        Assert.Equal($"{file}:2", e.Location.ToString());
        Assert.Contains("bad class '5'", e.Message);
    }
}
