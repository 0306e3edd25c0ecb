using ScottPlot;

namespace Classifier.Training.Reports;

/// <summary>White for 0 to dark blue for 1, so an empty confusion cell is blank paper and the diagonal stands out
/// (ScottPlot's Blues runs the other way).</summary>
internal sealed class ShareColormap : IColormap
{
    private static readonly Color s_low = Color.FromHex("#F7FBFF");
    private static readonly Color s_high = Color.FromHex("#08306B");

    public string Name => "white to blue";

    public Color GetColor(double position)
    {
        var t = double.IsNaN(position) ? 0 : Math.Clamp(position, 0, 1);
        return new Color(
            (byte)(s_low.R + ((s_high.R - s_low.R) * t)),
            (byte)(s_low.G + ((s_high.G - s_low.G) * t)),
            (byte)(s_low.B + ((s_high.B - s_low.B) * t)));
    }
}
