using Classifier.Training.Importers;

namespace Classifier.Tests.Importers;

public sealed class CorpusImportersTests
{
    [Fact]
    public void Every_name_creates_the_importer_of_that_name()
    {
        Assert.Equal(["reuters", "cameo", "bbc", "agnews", "newscategory"], CorpusImporters.Names);
        Assert.All(CorpusImporters.Names, n => Assert.Equal(n, CorpusImporters.Create(n).Name));
    }

    [Fact]
    public void Unknown_name_lists_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => CorpusImporters.Create("xml"));

        Assert.Contains("reuters, cameo, bbc, agnews, newscategory", e.Message);
    }
}
