using Classifier.Articles;
using Classifier.Scoring;

namespace Classifier.Wire;

/// <summary>Scores articles read from the wire, keeping one outcome per input in input order: an input that did not
/// parse keeps its parse error, the valid ones are scored in one isolated batch. The HTTP handlers and the NATS batch
/// scorer both need exactly this.</summary>
public static class ParsedArticleScoring
{
    /// <param name="fallbackId">The id an input without one is scored under (its result carries it), or null to
    /// leave such results without an id.</param>
    public static ArticleOutcome[] Score(NewsClassifier classifier, IReadOnlyList<ParsedArticle> parsed, Func<int, string>? fallbackId = null)
    {
        var outcomes = new ArticleOutcome[parsed.Count];
        var valid = new List<int>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            if (parsed[i].IsValid)
            {
                valid.Add(i);
            }
            else
            {
                outcomes[i] = ArticleOutcome.Failed(parsed[i].Error!);
            }
        }

        var scored = classifier.ClassifyBatchIsolated(
            [.. valid.Select(i => new Article(parsed[i].Id ?? fallbackId?.Invoke(i), parsed[i].Title, parsed[i].Text))]);
        for (var k = 0; k < valid.Count; k++)
        {
            outcomes[valid[k]] = scored[k];
        }

        return outcomes;
    }
}
