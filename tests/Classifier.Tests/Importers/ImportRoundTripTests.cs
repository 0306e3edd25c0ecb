using System.Text;
using Classifier.Tests.Shared;
using Classifier.Training.Data;
using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class ImportRoundTripTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Imported_rows_read_back_through_the_training_data_reader_unchanged()
    {
        var places = ReutersPlaceTable.Load(Path.Combine(RepoPaths.Data, "importers", "reuters-places.tsv"));
        var imports = new (ICorpusImporter Importer, string Input)[]
        {
            (new ReutersImporter(places), _corpus.Write("reut2-000.sgm", ReutersSamples.ThreeRecords, Encoding.Latin1)),
            (new CameoImporter(), _corpus.Write("cameo.tsv", "Leaders met in Doha, and agreed to talk.\t1\r\nTroops shelled the \"old\" town.\t4\r\n")),
            (new BbcImporter(), _corpus.Write("bbc.jsonl", BbcImporterTests.Sample)),
            (new AgNewsImporter(), _corpus.Write("agnews.csv", AgNewsImporterTests.Sample)),
        };
        var expected = new List<LabelledArticle>();
        var outputs = new List<string>();
        foreach (var (importer, input) in imports)
        {
            var articles = importer.Import(input, null).ToList();
            var output = _corpus.PathOf($"{importer.Name}.out.csv");
            LabelledCsvWriter.Write(output, articles);
            expected.AddRange(articles);
            outputs.Add(output);
        }

        // The strict reader throws on any invalid record, so reading at all means every row is valid.
        var data = new TrainingDataReader().Read(outputs);

        Assert.Empty(data.Skipped);
        Assert.Equal(expected.Count, data.Articles.Count);
        foreach (var (want, got) in expected.Zip(data.Articles))
        {
            Assert.Equal(want.Id, got.Id);
            Assert.Equal(want.Title, got.Title);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Regions, got.Regions);
            Assert.Equal(want.Countries, got.Countries);
            Assert.Equal(want.Topic, got.Topic);
            Assert.Equal(want.Tone, got.Tone);
            Assert.Equal(want.Source, got.Source);
        }
    }
}
