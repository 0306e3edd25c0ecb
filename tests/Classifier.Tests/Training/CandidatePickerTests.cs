using Classifier.Training.Pipelines;

namespace Classifier.Tests.Training;

public class CandidatePickerTests
{
    private static CandidatePicker.Candidate C(double f1, int cost, double accuracy = 0.5) => new(f1, accuracy, cost);

    [Fact]
    public void A_cheaper_pipeline_within_the_margin_wins_a_near_tie()
    {
        Assert.Equal(1, CandidatePicker.Pick([C(0.9774, cost: 15), C(0.9766, cost: 5), C(0.9700, cost: 3)], minGain: 0.005));
    }

    [Fact]
    public void A_costlier_pipeline_that_gains_more_than_the_margin_wins()
    {
        Assert.Equal(0, CandidatePicker.Pick([C(0.960, cost: 17), C(0.951, cost: 5)], minGain: 0.005));
    }

    [Fact]
    public void A_margin_of_zero_keeps_the_top_score()
    {
        Assert.Equal(0, CandidatePicker.Pick([C(0.9774, cost: 15), C(0.9766, cost: 5)], minGain: 0));
    }

    [Fact]
    public void Equal_cost_falls_back_on_macro_F1_then_accuracy()
    {
        Assert.Equal(1, CandidatePicker.Pick([C(0.950, cost: 4), C(0.952, cost: 4)], minGain: 0.005));
        Assert.Equal(1, CandidatePicker.Pick([C(0.950, cost: 4, accuracy: 0.90), C(0.950, cost: 4, accuracy: 0.91)], minGain: 0.005));
    }

    [Fact]
    public void Char_n_grams_cost_more_than_word_n_grams_and_trees_more_than_linear_models()
    {
        var costs = FeaturizerSpec.Candidates.ToDictionary(f => f.Name, f => f.ScoringCost);
        Assert.True(costs["word1 tfidf"] < costs["word1-2 tfidf"]);
        Assert.True(costs["word1-2 tfidf"] < costs["word1-3 tfidf"]);
        Assert.True(costs["word1-3 tfidf"] < costs["word1-2 + char3 tfidf"]);
        Assert.True(TrainerSpec.LbfgsMaximumEntropy.ScoringCost < TrainerSpec.OneVersusAllFastTree.ScoringCost);
    }

    [Fact]
    public void Nothing_to_pick_from_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CandidatePicker.Pick([], 0.005));
    }
}
