using Classifier.Scoring;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Scoring;

public sealed class TemperatureScalingTests
{
    [Fact]
    public void A_temperature_of_one_changes_nothing_and_others_keep_the_ranking()
    {
        float[] p = [0.7f, 0.2f, 0.1f];

        Assert.Same(p, TemperatureScaling.Apply(p, 1f));
        var soft = TemperatureScaling.Apply(p, 2f);
        var sharp = TemperatureScaling.Apply(p, 0.5f);

        Assert.Equal(1.0, soft.Sum(), 5);
        Assert.True(soft[0] < p[0] && soft[0] > soft[1] && soft[1] > soft[2]);
        Assert.True(sharp[0] > p[0]);
        Assert.Equal(1.0, TemperatureScaling.Apply([1f, 0f, 0f], 3f).Sum(), 5);
    }

    [Fact]
    public void An_over_confident_head_gets_a_temperature_above_one_that_lowers_its_calibration_error()
    {
        // Says 0.99 every time but is right 70% of the time.
        var random = new Random(3);
        var scores = new List<float[]>();
        var gold = new List<int>();
        for (var i = 0; i < 2000; i++)
        {
            var predicted = random.Next(3);
            var s = new float[3];
            Array.Fill(s, 0.005f);
            s[predicted] = 0.99f;
            scores.Add(s);
            gold.Add(random.NextDouble() < 0.7 ? predicted : (predicted + 1 + random.Next(2)) % 3);
        }

        var t = Calibration.FitTemperature(scores, gold);
        var before = Calibration.ExpectedCalibrationError(scores, gold);
        var after = Calibration.ExpectedCalibrationError(scores.Select(s => TemperatureScaling.Apply(s, t)).ToList(), gold);

        Assert.True(t > 1.5f, $"temperature {t}");
        Assert.True(before > 0.25, $"ECE before {before}");
        Assert.True(after < 0.03, $"ECE after {after}");
    }

    [Fact]
    public void Expected_calibration_error_is_the_weighted_gap_per_bin()
    {
        // Two bins: 0.95 confidence right half the time (gap 0.45), 0.55 right always (gap 0.45).
        float[] confidence = [0.95f, 0.95f, 0.55f, 0.55f];
        bool[] correct = [true, false, true, true];

        Assert.Equal(0.45, Calibration.ExpectedCalibrationError(confidence, correct), 5);
    }
}
