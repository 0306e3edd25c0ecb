using System.Text;
using Classifier.Tests.Shared;
using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class ReutersImporterTests : IDisposable
{
    private readonly TempCorpus _corpus = new();
    private readonly ReutersImporter _importer = new(ReutersPlaceTable.Load(Path.Combine(RepoPaths.Data, "importers", "reuters-places.tsv")));

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Imports_records_with_body_decodes_entities_and_skips_the_brief()
    {
        var file = _corpus.Write("reut2-000.sgm", ReutersSamples.ThreeRecords, Encoding.Latin1);
        var skips = new ImportSkips();
        var progress = new RecordingProgress();

        var articles = _importer.Import(file, progress, skips).ToList();

        Assert.Equal(["reuters-101", "reuters-103"], articles.Select(a => a.Id));
        var first = articles[0];
        Assert.Equal("BONN & TOKYO TO DISCUSS <TRADE> GAP", first.Title);
        Assert.Equal(
            "BONN, March 2 - West German and Japanese officials will meet to discuss the trade gap with <Muller & Co>, the ministry said.\n\n" +
            "The caf\u00e9 talks resume next week.\n\nReuter",
            first.Text);
        Assert.Null(first.Topic);
        Assert.Null(first.Tone);
        Assert.Equal(ReutersImporter.Source, first.Source);
        Assert.Equal($"{file}:2", first.Location.ToString());
        Assert.Equal("MOSCOW, March 3 - Soviet grain output rose last year, officials said.\n\nReuter", articles[1].Text);

        Assert.Equal(1, skips.Total);
        Assert.Contains("no BODY", skips.ToString());
        Assert.Contains(progress.Messages, m => m.Contains("imported 2") && m.Contains("no BODY"));
    }

    [Fact]
    public void Multi_place_record_gets_the_regions_of_its_countries_in_places_order()
    {
        var file = _corpus.Write("reut2-000.sgm", ReutersSamples.ThreeRecords, Encoding.Latin1);

        var articles = _importer.Import(file, null).ToList();

        // Both Germanys are DEU today and are listed once; the first place decides the primary region.
        Assert.Equal(["DEU", "USA", "JPN"], articles[0].Countries);
        Assert.Equal(["europe-central-asia", "north-america", "east-asia-pacific"], articles[0].Regions);
        Assert.Equal("europe-central-asia", articles[0].PrimaryRegion);
        Assert.Equal(["RUS"], articles[1].Countries);
        Assert.Equal(["europe-central-asia"], articles[1].Regions);
    }

    [Fact]
    public void Record_whose_places_have_no_country_is_skipped_and_counted()
    {
        var file = _corpus.Write("reut2-001.sgm",
            ReutersSamples.Record("201", "") + ReutersSamples.Record("202", "<D>netherlands-antilles</D>") + ReutersSamples.Record("203", "<D>uk</D>"));
        var skips = new ImportSkips();

        var articles = _importer.Import(file, null, skips).ToList();

        Assert.Equal("reuters-203", Assert.Single(articles).Id);
        Assert.Equal(["GBR"], articles[0].Countries);
        Assert.Equal("2: 2 no country in PLACES", skips.ToString());
    }

    [Fact]
    public void Reads_every_sgm_file_of_a_directory_in_name_order()
    {
        _corpus.Write("reut2-001.sgm", ReutersSamples.Record("302", "<D>kenya</D>"));
        _corpus.Write("reut2-000.sgm", ReutersSamples.Record("301", "<D>india</D>"));
        _corpus.Write("notes.txt", "not a corpus file");

        var articles = _importer.Import(_corpus.Directory, null).ToList();

        Assert.Equal(["reuters-301", "reuters-302"], articles.Select(a => a.Id));
        Assert.Equal(["south-asia"], articles[0].Regions);
        Assert.Equal(["sub-saharan-africa"], articles[1].Regions);
    }

    [Fact]
    public void Unknown_place_code_is_an_error_naming_file_and_line()
    {
        var file = _corpus.Write("reut2-000.sgm", ReutersSamples.Record("401", "<D>usa</D>") + ReutersSamples.Record("402", "<D>atlantis</D>"));

        var e = Assert.Throws<ImportFormatException>(() => _importer.Import(file, null).ToList());

        Assert.Equal($"{file}:9", e.Location.ToString());
        Assert.Contains("unknown PLACES code 'atlantis'", e.Message);
        Assert.StartsWith($"{file}:9: ", e.Message);
    }

    [Fact]
    public void Unterminated_record_is_an_error_naming_its_line()
    {
        var file = _corpus.Write("reut2-000.sgm", "<REUTERS NEWID=\"1\">\n<TEXT><BODY>Cut off");

        var e = Assert.Throws<ImportFormatException>(() => _importer.Import(file, null).ToList());

        Assert.Equal($"{file}:1", e.Location.ToString());
        Assert.Contains("</REUTERS>", e.Reason);
    }
}
