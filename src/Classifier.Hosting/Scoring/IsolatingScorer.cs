using Classifier.Articles;
using Classifier.Scoring;
using Classifier.Wire;

namespace Classifier.Hosting.Scoring;

/// <summary>Scores parsed articles for a host that must answer every record: the batch is scored in one pass, and if
/// that pass throws anything short of a fatal error, each article is scored alone, so whatever one article breaks
/// costs only its own outcome (an error naming the exception) and never the batch, the request or the worker.</summary>
public sealed class IsolatingScorer
{
    /// <summary>Scores a batch of parsed articles into one outcome each, in order; see <see cref="ParsedArticleScoring"/>.</summary>
    public delegate ArticleOutcome[] BatchScore(NewsClassifier model, IReadOnlyList<ParsedArticle> articles, Func<int, string>? fallbackId);

    private readonly BatchScore _score;

    /// <param name="score">The scoring pass; tests inject one that fails on a chosen article.</param>
    public IsolatingScorer(BatchScore? score = null) => _score = score ?? ParsedArticleScoring.Score;

    public static IsolatingScorer Default { get; } = new();

    public ArticleOutcome[] Score(NewsClassifier model, IReadOnlyList<ParsedArticle> articles, Func<int, string>? fallbackId = null)
    {
        try
        {
            return _score(model, articles, fallbackId);
        }
        catch (Exception e) when (RecoverableExceptions.IsRecoverable(e))
        {
            return [.. articles.Select((article, i) => ScoreAlone(model, article, i, fallbackId))];
        }
    }

    private ArticleOutcome ScoreAlone(NewsClassifier model, ParsedArticle article, int index, Func<int, string>? fallbackId)
    {
        try
        {
            return _score(model, [article], fallbackId is null ? null : _ => fallbackId(index))[0];
        }
        catch (Exception e) when (RecoverableExceptions.IsRecoverable(e))
        {
            return ArticleOutcome.Failed($"scoring failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
