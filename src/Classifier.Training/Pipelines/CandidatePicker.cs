namespace Classifier.Training.Pipelines;

/// <summary>Chooses which of the pipelines tried on the validation split to keep.</summary>
/// <remarks>Differences of a few thousandths of macro-F1 on a validation split of a few hundred rows are noise, while
/// the pipelines differ several-fold in scoring cost: on BBC the word 1-2 + char 3-gram featurizer won by 0.0008 and
/// made scoring three times slower than word n-grams alone (the char n-grams were 69% of the CPU in a trace). So every
/// pipeline within <c>minGain</c> of the best counts as a tie, and the cheapest of those is kept.</remarks>
public static class CandidatePicker
{
    /// <summary>Kept unless a costlier pipeline beats the cheaper ones by more than this (macro-F1).</summary>
    public const double DefaultMinGain = 0.005;

    /// <returns>The index of the pipeline to keep.</returns>
    public static int Pick(IReadOnlyList<Candidate> candidates, double minGain)
    {
        if (candidates.Count == 0)
        {
            throw new ArgumentException("No candidate to pick from.", nameof(candidates));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minGain);
        var top = candidates.Max(c => c.MacroF1);
        return Enumerable.Range(0, candidates.Count)
            .Where(i => candidates[i].MacroF1 >= top - minGain)
            .OrderBy(i => candidates[i].ScoringCost)
            .ThenByDescending(i => candidates[i].MacroF1)
            .ThenByDescending(i => candidates[i].Accuracy)
            .First();
    }

    public readonly record struct Candidate(double MacroF1, double Accuracy, int ScoringCost);
}
