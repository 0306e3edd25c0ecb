using Classifier.Countries;

namespace Classifier.Tests.Countries;

/// <summary>Runs the shipped detector and states expectations about the countries it reports.</summary>
internal static class DetectorAssertions
{
    public static IReadOnlyList<CountryMention> Detect(string text, string title = "") => CountryDetector.Default.Detect(title, text);

    public static string[] Codes(string text, string title = "") => [.. Detect(text, title).Select(m => m.Iso3)];

    /// <summary>The detector reports exactly these countries, in any order.</summary>
    public static void Finds(string text, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), Codes(text).Order(StringComparer.Ordinal));

    public static void FindsInTitleAndText(string title, string text, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), Codes(text, title).Order(StringComparer.Ordinal));
}
