using Classifier.Countries;
using static Classifier.Tests.Countries.DetectorAssertions;

namespace Classifier.Tests.Countries;

public class SalienceTests
{
    private const string KenyaStory =
        "NAIROBI (Reuters) - Kenya's central bank held its benchmark rate at 13% on Tuesday, citing easing inflation. "
        + "Analysts compared the move with Nigeria's 2016 devaluation and with recent policy in the United States, "
        + "Britain, Japan, Germany and China. The Kenyan shilling was little changed. Kenya's treasury said growth "
        + "would reach 5%, while the governor said Kenyan banks were well capitalised. Ghana and Egypt were also cited.";

    [Fact]
    public void A_story_about_one_country_that_mentions_many_in_passing_ranks_that_country_first()
    {
        var countries = Detect(KenyaStory, "Kenya holds rates as inflation eases");

        Assert.Equal("KEN", countries[0].Iso3);
        Assert.Equal(1f, countries[0].Salience);
        Assert.All(countries.Skip(1), c => Assert.True(c.Salience < 0.5f, $"{c.Iso3} has salience {c.Salience}"));
        Assert.Contains(countries, c => c.Iso3 == "NGA");
    }

    [Fact]
    public void The_top_country_wins_on_the_body_alone_without_a_headline()
    {
        var countries = Detect(KenyaStory);

        Assert.Equal("KEN", countries[0].Iso3);
        Assert.All(countries.Skip(1), c => Assert.True(c.Salience < 0.5f, $"{c.Iso3} has salience {c.Salience}"));
    }

    [Fact]
    public void A_story_told_only_with_demonyms_finds_its_countries()
    {
        var countries = Detect("Qatari officials met their Emirati counterparts on Sunday. The Qataris said the talks were useful.");

        Assert.Equal(["ARE", "QAT"], countries.Select(c => c.Iso3).Order(StringComparer.Ordinal));
        Assert.Equal("QAT", countries[0].Iso3);
    }

    [Fact]
    public void A_headline_mention_outweighs_repeated_mentions_further_down()
    {
        var countries = Detect(
            "The new government was sworn in on Monday. Ministers promised reform. Later, a delegation from Peru "
            + "visited. Peru's envoy praised the plan. Trade with Peru may grow.",
            "Chile swears in new cabinet");

        Assert.Equal(["CHL", "PER"], countries.Select(c => c.Iso3));
    }

    [Fact]
    public void The_dateline_counts_as_a_strong_signal()
    {
        var countries = Detect(
            "DOHA, Qatar (AP) - Negotiators resumed talks on Monday. Later in the week envoys from Egypt arrived, and Egypt said it would host the next round.");

        Assert.Equal("QAT", countries[0].Iso3);
        Assert.Contains(countries, c => c.Iso3 == "EGY");
    }

    [Fact]
    public void A_reuters_dateline_city_is_found()
    {
        var countries = Detect("MOSCOW, Oct 24 (Reuters) - The central bank cut its key rate, analysts said.");

        Assert.Equal(["RUS"], countries.Select(c => c.Iso3));
    }

    [Fact]
    public void Mentions_counts_every_matched_phrase()
    {
        var countries = Detect("Russia said on Monday that Russian forces had left. Moscow denied the report.");

        var russia = Assert.Single(countries);
        Assert.Equal(new CountryMention("RUS", 1f, 3), russia);
    }

    [Fact]
    public void Saliences_are_in_the_unit_interval_and_sorted_with_the_top_country_at_one()
    {
        var countries = Detect(KenyaStory, "Kenya holds rates as inflation eases");

        Assert.True(countries.Count > 3);
        Assert.Equal(1f, countries[0].Salience);
        Assert.All(countries, c => Assert.InRange(c.Salience, float.Epsilon, 1f));
        Assert.Equal(countries.Select(c => c.Salience).OrderDescending(), countries.Select(c => c.Salience));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Markets were calm", "Shares rose on Tuesday as investors weighed earnings.")]
    public void Text_without_countries_gives_an_empty_list(string title, string text) =>
        Assert.Empty(CountryDetector.Default.Detect(title, text));

    [Fact]
    public void Detection_gives_the_same_answers_on_many_threads_at_once()
    {
        string[] texts =
        [
            KenyaStory,
            "Qatari officials met their Emirati counterparts.",
            "Georgia Gov. Brian Kemp spoke in Atlanta.",
            "Michael Jordan visited Jordan.",
            "Rebels in Congo clashed near Goma.",
        ];
        var expected = texts.Select(t => Detect(t)).ToArray();

        var results = new IReadOnlyList<CountryMention>[400];
        Parallel.For(0, results.Length, i => results[i] = Detect(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }
}
