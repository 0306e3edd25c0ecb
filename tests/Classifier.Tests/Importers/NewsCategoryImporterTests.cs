using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class NewsCategoryImporterTests : IDisposable
{
    // Hand-written items in the corpus' layout (not text from the corpus).
    private const string Sample =
        """
        {"row": 0, "category": "POLITICS", "date": "2022-09-01", "headline": "Senate passes budget bill", "short_description": "The vote was 51-49 after a long night.", "authors": "", "link": ""}
        {"row": 1, "category": "WORLD NEWS", "date": "2022-09-01", "headline": "Floods hit Pakistan again", "short_description": "Aid agencies said thousands were displaced.", "authors": "", "link": ""}
        {"row": 2, "category": "WORLD NEWS", "date": "2022-09-01", "headline": "Ministers meet in Doha", "short_description": "Qatar hosted talks on Libya.", "authors": "", "link": "", "dev_id": "hp-900"}
        {"row": 3, "category": "STYLE & BEAUTY", "date": "2022-09-01", "headline": "Ten scarves for autumn", "short_description": "Warm and bright.", "authors": "", "link": ""}
        {"row": 4, "category": "CRIME", "date": "2022-09-01", "headline": "Police arrest suspect in bank robbery", "short_description": "", "authors": "", "link": ""}

        """;

    private const string LabelsCsv =
        """
        row,regions,countries,topic,tone,confidence,annotator
        1,south-asia,PAK,disaster-humanitarian,neutral,high,r1
        3,,,arts-entertainment,neutral,low,r2

        """;

    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Maps_site_categories_and_never_imports_dev_items()
    {
        var file = _corpus.Write("news_category_part00.jsonl", Sample);
        var skips = new ImportSkips();

        var articles = new NewsCategoryImporter().Import(file, null, skips).ToList();

        Assert.Equal(["newscat-0", "newscat-4"], articles.Select(a => a.Id));
        Assert.Equal(["politics", "crime-justice"], articles.Select(a => a.Topic));
        Assert.All(articles, a =>
        {
            Assert.Null(a.Tone);
            Assert.Empty(a.Regions);
            Assert.Equal(NewsCategoryImporter.Source, a.Source);
        });
        Assert.Equal("Police arrest suspect in bank robbery", articles[1].Text);
        Assert.Contains("dev-set item", skips.ToString());
        Assert.Contains("category without a topic (WORLD NEWS)", skips.ToString());
        Assert.Equal(3, skips.Total);
    }

    [Fact]
    public void Joins_our_labels_by_row_and_can_import_only_labelled_items()
    {
        var file = _corpus.Write("news_category_part00.jsonl", Sample);
        var labels = NewsCategoryLabels.Load(_corpus.Write("labels.csv", LabelsCsv));

        var all = new NewsCategoryImporter(labels).Import(file, null).ToList();
        var labelledOnly = new NewsCategoryImporter(labels, labelledOnly: true).Import(file, null).ToList();

        Assert.Equal(["newscat-0", "newscat-1", "newscat-3", "newscat-4"], all.Select(a => a.Id));
        var floods = all.Single(a => a.Id == "newscat-1");
        Assert.Equal(["south-asia"], floods.Regions);
        Assert.Equal(["PAK"], floods.Countries);
        Assert.Equal("disaster-humanitarian", floods.Topic);
        Assert.Equal("neutral", floods.Tone);
        Assert.Equal(["newscat-1", "newscat-3"], labelledOnly.Select(a => a.Id));
        Assert.Empty(labelledOnly[1].Regions);
    }

    [Theory]
    [InlineData("row,regions,countries,topic,tone,confidence,annotator\n7,south-asia,PAK,weather,neutral,high,r1\n", "labels.csv:2", "unknown topic 'weather'")]
    [InlineData("row,regions,countries,topic,tone,confidence,annotator\n7,south-asia,XXX,health,neutral,high,r1\n", "labels.csv:2", "unknown country 'XXX'")]
    [InlineData("row,regions,countries,topic,tone,confidence,annotator\n7,,,health,neutral,high,r1\n7,,,health,neutral,high,r2\n", "labels.csv:3", "labelled twice")]
    [InlineData("row,topic\n7,health\n", "labels.csv:1", "expected the header")]
    public void A_bad_labels_table_is_refused_naming_file_and_line(string csv, string where, string what)
    {
        var path = _corpus.Write("labels.csv", csv);

        var error = Assert.Throws<ImportFormatException>(() => NewsCategoryLabels.Load(path));

        Assert.Contains(where, error.Message);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void A_record_without_row_is_an_error_naming_file_and_line()
    {
        var file = _corpus.Write("news_category_part00.jsonl", "{\"category\": \"POLITICS\", \"headline\": \"x\"}\n");

        var error = Assert.Throws<ImportFormatException>(() => new NewsCategoryImporter().Import(file, null).ToList());

        Assert.Contains("news_category_part00.jsonl:1", error.Message);
        Assert.Contains("missing \"row\"", error.Message);
    }
}
