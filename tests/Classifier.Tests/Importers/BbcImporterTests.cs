using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class BbcImporterTests : IDisposable
{
    public const string Sample =
        """
        {"id": "business/001", "category": "business", "title": "Brewer lifts profit forecast", "text": "A brewer raised its forecast on Monday.\n\nIts shares rose 3%, to \u00a31.20.", "source_encoding": "utf-8", "duplicate_of": null}
        {"id": "tech/014", "category": "tech", "title": "Phone maker shows \"folding\" screen", "text": "A phone maker showed a folding screen, with a hinge, at a trade fair.", "source_encoding": "utf-8", "duplicate_of": null}
        {"id": "entertainment/020", "category": "entertainment", "title": "Festival names jury", "text": "A film festival named its jury.", "source_encoding": "utf-8", "duplicate_of": null}
        {"id": "entertainment/044", "category": "entertainment", "title": "Festival names jury", "text": "A film festival named its jury.", "source_encoding": "utf-8", "duplicate_of": "entertainment/020"}
        {"id": "politics/003", "category": "politics", "title": "Minister sets out plan", "text": "The minister set out a plan in parliament.", "duplicate_of": null}
        {"id": "sport/007", "category": "sport", "title": "Club wins cup", "text": "The club won the cup final 2-1.", "duplicate_of": null}

        """;

    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Maps_categories_to_topics_and_skips_marked_duplicates()
    {
        var file = _corpus.Write("bbc.jsonl", Sample);
        var skips = new ImportSkips();

        var articles = new BbcImporter().Import(file, null, skips).ToList();

        Assert.Equal(["bbc-business-001", "bbc-tech-014", "bbc-entertainment-020", "bbc-politics-003", "bbc-sport-007"], articles.Select(a => a.Id));
        Assert.Equal(["economy", "science-technology", "arts-entertainment", "politics", "sport"], articles.Select(a => a.Topic));
        Assert.Equal("A brewer raised its forecast on Monday.\n\nIts shares rose 3%, to \u00a31.20.", articles[0].Text);
        Assert.Equal("Phone maker shows \"folding\" screen", articles[1].Title);
        Assert.All(articles, a =>
        {
            Assert.Null(a.Tone);
            Assert.Empty(a.Regions);
            Assert.Equal(BbcImporter.Source, a.Source);
        });
        Assert.Equal(1, skips.Total);
        Assert.Equal("1: 1 duplicate_of set", skips.ToString());
    }

    [Fact]
    public void Unknown_category_is_an_error_naming_file_and_line()
    {
        var file = _corpus.Write("bbc.jsonl",
            "{\"id\": \"sport/001\", \"category\": \"sport\", \"title\": \"T\", \"text\": \"Text.\", \"duplicate_of\": null}\n" +
            "{\"id\": \"travel/001\", \"category\": \"travel\", \"title\": \"T\", \"text\": \"Text.\", \"duplicate_of\": null}\n");

        var e = Assert.Throws<ImportFormatException>(() => new BbcImporter().Import(file, null).ToList());

        Assert.Equal($"{file}:2", e.Location.ToString());
        Assert.Contains("unknown category 'travel'", e.Message);
    }

    [Fact]
    public void Broken_json_is_an_error_naming_file_and_line()
    {
        var file = _corpus.Write("bbc.jsonl", "{\"id\": \"sport/001\", \"category\": \"sport\"\n");

        var e = Assert.Throws<ImportFormatException>(() => new BbcImporter().Import(file, null).ToList());

        Assert.Equal($"{file}:1", e.Location.ToString());
        Assert.Contains("invalid JSON", e.Reason);
    }
}
