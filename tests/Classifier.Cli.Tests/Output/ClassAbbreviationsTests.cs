using Classifier.Cli.Output;
using Classifier.Taxonomy;

namespace Classifier.Cli.Tests.Output;

public class ClassAbbreviationsTests
{
    [Fact]
    public void Tone_classes_get_distinct_column_names()
    {
        var names = ClassAbbreviations.For(["neutral", "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"]);

        Assert.Equal(["neut", "vcoo", "mcoo", "vcon", "mcon"], names);
    }

    [Fact]
    public void Every_shipped_label_set_gets_unique_short_names()
    {
        foreach (var set in new[] { Labels.Regions, Labels.Topics, Labels.Tones, Labels.CoarseTones })
        {
            var ids = set.Ids;
            var names = ClassAbbreviations.For(ids);

            Assert.Equal(ids.Count, names.Distinct().Count());
            Assert.All(names, n => Assert.InRange(n.Length, 1, 6));
        }
    }

    [Fact]
    public void Names_that_stay_unique_keep_their_shortest_form()
    {
        Assert.Equal(["mena", "sa", "dipl"], ClassAbbreviations.For(["middle-east-north-africa", "south-asia", "diplomacy"]));
    }

    [Fact]
    public void An_id_whose_abbreviation_cannot_grow_further_falls_back_to_the_full_id()
    {
        Assert.Equal(["ab", "a-b"], ClassAbbreviations.For(["ab", "a-b"]));
        Assert.Equal(["a-b", "abc"], ClassAbbreviations.For(["a-b", "a-bc"]));
    }
}
