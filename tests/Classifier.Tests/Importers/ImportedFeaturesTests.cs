using System.Text;
using Classifier.Features;
using Classifier.Training.Data;
using Classifier.Training.Importers;
using Classifier.Tests.Shared;

namespace Classifier.Tests.Importers;

/// <summary>An importer keeps the text as a user would send it: the features of an imported row equal those of the
/// raw source text, so a model trained on imported rows sees at scoring time exactly what it was trained on (the
/// closing "Reuter" once made a US dividend notice come out east-asia-pacific).</summary>
public sealed class ImportedFeaturesTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Reuters_rows_featurize_like_the_raw_wire_text_with_its_sign_off()
    {
        var importer = new ReutersImporter(ReutersPlaceTable.Load(Path.Combine(RepoPaths.Data, "importers", "reuters-places.tsv")));
        var file = _corpus.Write("reut2-000.sgm", ReutersSamples.ThreeRecords, Encoding.Latin1);
        var imported = importer.Import(file, null).ToList();

        // The raw BODY as the SGML carries it (entities, hard wraps, sign-off and end-of-text mark), after the dateline.
        AssertSameFeatures(
            ("BONN &amp; TOKYO TO DISCUSS &lt;TRADE> GAP",
             "BONN, March 2 - West German and Japanese officials will meet\nto discuss the trade gap with &lt;Muller &amp; Co&gt;, the ministry said.\n    The caf\u00e9 talks resume next week.\n Reuter\n&#3;"),
            imported[0]);
        AssertSameFeatures(("SOVIET GRAIN OUTPUT UP", "MOSCOW, March 3 - Soviet grain output rose last year, officials said.\n Reuter\n&#3;"), imported[1]);
        Assert.EndsWith("Reuter", imported[1].Text);
    }

    [Fact]
    public void Bbc_rows_featurize_like_the_raw_text()
    {
        var imported = new BbcImporter().Import(_corpus.Write("bbc.jsonl", BbcImporterTests.Sample), null).ToList();

        AssertSameFeatures(("Brewer lifts profit forecast", "A brewer raised its forecast on Monday.\n\nIts shares rose 3%, to \u00a31.20."), imported[0]);
    }

    [Fact]
    public void Cameo_rows_featurize_like_the_raw_sentence()
    {
        var imported = new CameoImporter().Import(_corpus.Write("cameo.tsv", "Police detained twelve protesters outside parliament in Nairobi.\t4\n"), null).ToList();

        AssertSameFeatures(("", "Police detained twelve protesters outside parliament in Nairobi."), imported[0]);
    }

    [Fact]
    public void Ag_news_rows_featurize_like_the_raw_text_once_the_format_escapes_are_read()
    {
        var imported = new AgNewsImporter().Import(_corpus.Write("train.csv", AgNewsImporterTests.Sample), null).ToList();

        // "\n" is the format's own line escape; the HTML entity stays for the cleaner.
        AssertSameFeatures(("Shares rise", "Stocks rose on Tuesday &amp; bonds fell, said \"analysts\"."), imported.Single(a => a.Title == "Shares rise"));
    }

    [Fact]
    public void News_category_rows_featurize_like_the_headline_and_lead()
    {
        var file = _corpus.Write("news_category_part00.jsonl",
            "{\"row\": 5, \"category\": \"POLITICS\", \"headline\": \"Senate passes <i>budget</i> bill\", \"short_description\": \"The vote was 51-49 &amp; late.\"}\n");
        var imported = new NewsCategoryImporter().Import(file, null).ToList();

        AssertSameFeatures(("Senate passes <i>budget</i> bill", "The vote was 51-49 &amp; late."), imported[0]);
    }

    private static void AssertSameFeatures((string Title, string Text) raw, LabelledArticle imported)
    {
        var expected = ArticleFeaturizer.Default.Featurize(raw.Title, raw.Text);
        var actual = ArticleFeaturizer.Default.Featurize(imported.Title, imported.Text);
        Assert.Equal(expected.Input.Text, actual.Input.Text);
        Assert.Equal(expected.Input.RegionEvidence, actual.Input.RegionEvidence);
        Assert.Equal(expected.Input.ToneEvidence, actual.Input.ToneEvidence);
    }
}
