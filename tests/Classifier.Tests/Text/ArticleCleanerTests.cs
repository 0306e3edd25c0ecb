using Classifier.Features;
using Classifier.Text;

namespace Classifier.Tests.Text;

public sealed class ArticleCleanerTests
{
    [Theory]
    [InlineData("<p>A missile struck the port.</p><p>Ten died.</p>", "A missile struck the port. Ten died.")]
    [InlineData("&lt;p&gt;Talks resumed &amp; ended.&lt;/p&gt;", "Talks resumed & ended.")]
    [InlineData("Line one<br/>line two", "Line one line two")]
    [InlineData("<a href=\"https://x.example\">Kenya</a>'s central bank held rates.", "Kenya's central bank held rates.")]
    [InlineData("<script>var x = 1;</script>Prices rose.", "Prices rose.")]
    public void Strips_html_tags_and_entities(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(ArticleCleaner.Clean(raw)));

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The Senate passed the bill.", "WASHINGTON - The Senate passed the bill.")]
    [InlineData("PARIS, May 3 (AFP) - Strikes halted trains.", "PARIS, May 3 - Strikes halted trains.")]
    [InlineData("NAIROBI (AP) — Floods displaced thousands.", "NAIROBI - Floods displaced thousands.")]
    [InlineData("Qtly div 20 cts vs 20 cts prior. Reuter", "Qtly div 20 cts vs 20 cts prior.")]
    [InlineData("Qtly div 20 cts vs 20 cts prior.\n\nReuter\n\u0003", "Qtly div 20 cts vs 20 cts prior.")]
    [InlineData("Shares fell 3 percent. -- Reuters", "Shares fell 3 percent.")]
    [InlineData("The firm said profit rose. (Reporting by Jane Doe; Editing by John Roe)", "The firm said profit rose.")]
    [InlineData("By Jane Doe and Ali Khan\nThe talks ended.", "The talks ended.")]
    [InlineData("The talks ended. Associated Press writer Ali Khan in Kabul contributed to this report.", "The talks ended.")]
    [InlineData("Rain fell. Copyright 2021 The Associated Press. All rights reserved.", "Rain fell.")]
    public void Removes_wire_credits_bylines_and_boilerplate(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(ArticleCleaner.Clean(raw)));

    [Theory]
    [InlineData("Vanguard <VWRX.O> raised its stake.", "Vanguard raised its stake.")]
    [InlineData("Shell (SHEL.L) cut output.", "Shell cut output.")]
    [InlineData("It bought <Sumitomo Bank Ltd> shares.", "It bought Sumitomo Bank Ltd shares.")]
    public void Removes_ticker_marks_and_keeps_company_names(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(ArticleCleaner.Clean(raw)));

    [Theory]
    [InlineData("The AP reported on the visit.")]
    [InlineData("Reuters Group shares rose after the results.")]
    [InlineData("Temperatures stayed below 5 < 10 degrees all week.")]
    [InlineData("Investors bought by the truckload.")]
    public void Leaves_ordinary_text_alone(string text) =>
        Assert.Equal(text, ArticleCleaner.Clean(text));

    [Fact]
    public void Training_and_scoring_see_the_same_features_with_or_without_markup_and_credits()
    {
        var clean = ArticleFeaturizer.Default.Featurize("Missile strikes port", "KYIV - A missile struck the port, killing ten.");
        var wrapped = ArticleFeaturizer.Default.Featurize("<b>Missile strikes port</b>", "<p>KYIV (Reuters) - A missile struck the port, killing ten.</p>\nReuter");

        Assert.Equal(clean.Input.Text, wrapped.Input.Text);
        Assert.Equal(clean.Input.RegionEvidence, wrapped.Input.RegionEvidence);
        Assert.Equal(clean.Countries.Select(c => c.Iso3), wrapped.Countries.Select(c => c.Iso3));
    }
}
