namespace Classifier.Scoring;

/// <summary>Calibration of a head's probabilities by one temperature T, fitted on the validation split at training
/// time: p_i ← p_i^(1/T) / Σ_j p_j^(1/T), which is softmax(logit_i / T) for a softmax head. T above 1 softens an
/// over-confident head, below 1 sharpens an under-confident one; the ranking of classes never changes.</summary>
public static class TemperatureScaling
{
    public static float[] Apply(float[] probabilities, float temperature)
    {
        if (temperature == 1f || probabilities.Length == 0)
        {
            return probabilities;
        }

        var inverse = 1.0 / temperature;
        var scaled = new double[probabilities.Length];
        var max = double.MinValue;
        for (var i = 0; i < probabilities.Length; i++)
        {
            // Log space keeps tiny probabilities from underflowing to a 0/0.
            scaled[i] = inverse * Math.Log(Math.Max(probabilities[i], 1e-30f));
            max = Math.Max(max, scaled[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = Math.Exp(scaled[i] - max);
            sum += scaled[i];
        }

        var result = new float[probabilities.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (float)(scaled[i] / sum);
        }

        return result;
    }
}
