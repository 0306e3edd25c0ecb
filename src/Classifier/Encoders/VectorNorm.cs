namespace Classifier.Encoders;

internal static class VectorNorm
{
    /// <summary>Scales to unit length in place; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> vector)
    {
        var sum = 0.0;
        foreach (var v in vector)
        {
            sum += v * v;
        }

        if (sum <= 0)
        {
            return;
        }

        var scale = (float)(1.0 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }
    }
}
