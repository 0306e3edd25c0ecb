using Classifier.Articles;
using Classifier.Bundles;
using Classifier.Taxonomy;
using Classifier.Training.Data;

namespace Classifier.Training.Reports;

/// <summary>One head's evaluated rows: gold, what was reported, and the head's top class with its calibrated
/// probability (what reliability and coverage are about).</summary>
public sealed record HeadOutcomes(string Head, LabelSet Labels, IReadOnlyList<HeadOutcome> Rows)
{
    public static HeadOutcomes? For(string head, IReadOnlyList<LabelledArticle> articles, IReadOnlyList<Classification> predictions)
    {
        var labels = HeadNames.LabelsOf(head);
        var rows = new List<HeadOutcome>();
        for (var i = 0; i < articles.Count; i++)
        {
            var gold = articles[i].LabelFor(head);
            var scores = ScoresOf(head, predictions[i]);
            if (gold is null || scores.Count == 0)
            {
                continue;
            }

            rows.Add(new HeadOutcome(i, gold, PredictedOf(head, predictions[i]), scores[0].Id, scores[0].Score));
        }

        return rows.Count == 0 ? null : new HeadOutcomes(head, labels, rows);
    }

    public static IReadOnlyList<LabelScore> ScoresOf(string head, Classification c) => head switch
    {
        HeadNames.Region => c.RegionScores,
        HeadNames.Topic => c.TopicScores,
        _ => c.ToneScores,
    };

    private static string PredictedOf(string head, Classification c) => head switch
    {
        HeadNames.Region => c.Region,
        HeadNames.Topic => c.Topic,
        _ => c.ToneClass,
    };
}

/// <param name="Row">Index of the article in the evaluated data.</param>
/// <param name="Predicted">What the classification reports (the region may be "unknown").</param>
/// <param name="Top">The head's most probable class, and <paramref name="Confidence"/> its calibrated probability.</param>
public sealed record HeadOutcome(int Row, string Gold, string Predicted, string Top, float Confidence)
{
    public bool TopCorrect => Top == Gold;

    public bool Correct => Predicted == Gold;
}
