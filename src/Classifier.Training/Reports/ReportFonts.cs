namespace Classifier.Training.Reports;

/// <summary>The font the figures are drawn in. ScottPlot asks the system for a default sans font, which differs from
/// machine to machine (or is missing in a slim container); a font file registered by path gives the same figures
/// everywhere it exists, and otherwise ScottPlot's own fallback is used.</summary>
internal static class ReportFonts
{
    public const string Name = "Report Sans";

    private static readonly string[] s_candidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/Library/Fonts/Arial.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    ];

    private static readonly Lazy<string?> s_registered = new(() =>
    {
        var file = s_candidates.FirstOrDefault(File.Exists);
        if (file is null)
        {
            return null;
        }

        ScottPlot.Fonts.AddFontFile(Name, file, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Name, file, bold: true, italic: false);
        return Name;
    });

    public static void Apply(ScottPlot.Plot plot)
    {
        if (s_registered.Value is { } name)
        {
            plot.Font.Set(name);
        }
    }
}
