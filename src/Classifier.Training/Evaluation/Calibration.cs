using Classifier.Scoring;

namespace Classifier.Training.Evaluation;

/// <summary>Fits a head's temperature and measures calibration.</summary>
public static class Calibration
{
    public const int Bins = 15;

    /// <summary>The temperature that minimises the negative log-likelihood of <paramref name="gold"/>: a coarse
    /// log-spaced grid from 0.25 to 8, then a finer one around the best point.</summary>
    public static float FitTemperature(IReadOnlyList<float[]> scores, IReadOnlyList<int> gold)
    {
        if (scores.Count == 0)
        {
            return 1f;
        }

        var best = 1.0;
        var bestLoss = Nll(scores, gold, 1f);
        for (var step = -20; step <= 30; step++)
        {
            var t = Math.Pow(2, step / 10.0);
            var loss = Nll(scores, gold, (float)t);
            if (loss < bestLoss)
            {
                (best, bestLoss) = (t, loss);
            }
        }

        for (var step = -10; step <= 10; step++)
        {
            var t = best * Math.Pow(2, step / 100.0);
            var loss = Nll(scores, gold, (float)t);
            if (loss < bestLoss)
            {
                (best, bestLoss) = (t, loss);
            }
        }

        return (float)Math.Round(best, 4);
    }

    /// <summary>Expected calibration error: over <see cref="Bins"/> equal-width bins of the predicted class's
    /// probability, the row-weighted mean gap between mean confidence and accuracy.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<float> confidence, IReadOnlyList<bool> correct)
    {
        if (confidence.Count == 0)
        {
            return 0;
        }

        var count = new int[Bins];
        var sumConfidence = new double[Bins];
        var hits = new int[Bins];
        for (var i = 0; i < confidence.Count; i++)
        {
            var bin = Math.Clamp((int)(confidence[i] * Bins), 0, Bins - 1);
            count[bin]++;
            sumConfidence[bin] += confidence[i];
            hits[bin] += correct[i] ? 1 : 0;
        }

        var ece = 0.0;
        for (var b = 0; b < Bins; b++)
        {
            if (count[b] > 0)
            {
                ece += (double)count[b] / confidence.Count * Math.Abs((sumConfidence[b] / count[b]) - ((double)hits[b] / count[b]));
            }
        }

        return ece;
    }

    /// <summary>ECE of argmax predictions from score vectors.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<float[]> scores, IReadOnlyList<int> gold)
    {
        var confidence = new float[scores.Count];
        var correct = new bool[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var top = VectorMath.ArgMax(scores[i]);
            confidence[i] = scores[i][top];
            correct[i] = top == gold[i];
        }

        return ExpectedCalibrationError(confidence, correct);
    }

    private static double Nll(IReadOnlyList<float[]> scores, IReadOnlyList<int> gold, float temperature)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            loss -= Math.Log(Math.Max(TemperatureScaling.Apply(scores[i], temperature)[gold[i]], 1e-12f));
        }

        return loss / scores.Count;
    }
}
