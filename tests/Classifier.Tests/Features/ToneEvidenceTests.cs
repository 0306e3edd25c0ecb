using Classifier.Features;
using Classifier.Taxonomy;

namespace Classifier.Tests.Features;

public class ToneEvidenceTests
{
    private static string[] Classes(string text) =>
        ToneEvidence.Default.Matches(text).Where(m => !m.Negated).Select(m => Labels.Tones[ToneEvidence.ToneClassOf(m.Code)]).ToArray();

    [Theory]
    [InlineData("The two ministers met in Doha and discussed the crisis.", "verbal-cooperation")]
    [InlineData("Government troops attacked the rebel stronghold at dawn.", "material-conflict")]
    [InlineData("The foreign ministry accused Washington of meddling.", "verbal-conflict")]
    [InlineData("Japan sent food aid to the flooded provinces.", "material-cooperation")]
    [InlineData("Police arrested forty protesters outside parliament.", "material-conflict")]
    public void Event_verb_is_counted_in_its_PentaClass(string sentence, string expected) =>
        Assert.Contains(expected, Classes(sentence));

    [Fact]
    public void Negated_verb_is_counted_apart()
    {
        var matches = ToneEvidence.Default.Matches("The government did not agree to the proposal.");
        Assert.Contains(matches, m => m.Negated);
        Assert.DoesNotContain(matches, m => !m.Negated && ToneEvidence.ToneClassOf(m.Code) == 1);
    }

    [Fact]
    public void Vector_weights_the_headline_and_stays_in_shape()
    {
        var both = ToneEvidence.Default.Compute("Rebels attack army base", "Rebels attacked an army base.");
        var bodyOnly = ToneEvidence.Default.Compute("", "Rebels attacked an army base.");
        Assert.Equal(ToneEvidence.Length, both.Length);
        Assert.True(both[4] > bodyOnly[4], "a headline match must add more than a body match alone");
        Assert.True(both[10] < 0, "attacks carry a negative Goldstein value");
        Assert.All(ToneEvidence.Default.Compute("", "The weather was mild."), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void PentaClass_follows_the_Phoenix_grouping()
    {
        Assert.Equal([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4],
            Enumerable.Range(1, 20).Select(r => ToneEvidence.ToneClassOf(r.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
    }
}
