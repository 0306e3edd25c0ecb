using Classifier.Articles;
using Classifier.Hosting.Scoring;
using Classifier.Scoring;
using Classifier.Wire;

namespace Classifier.Hosting.Tests.Support;

/// <summary>A scoring pass that fails on any batch holding an article whose text contains <see cref="Marker"/>, the
/// way a defect one article triggers deep in the scorer would, with an exception nobody anticipated.</summary>
internal static class PoisonedScorer
{
    public const string Marker = "POISON";

    public static IsolatingScorer Throwing(Func<Exception> exception) =>
        new((model, articles, fallbackId) => Score(model, articles, fallbackId, exception));

    private static ArticleOutcome[] Score(NewsClassifier model, IReadOnlyList<ParsedArticle> articles, Func<int, string>? fallbackId, Func<Exception> exception) =>
        articles.Any(a => a.IsValid && a.Text.Contains(Marker, StringComparison.Ordinal))
            ? throw exception()
            : ParsedArticleScoring.Score(model, articles, fallbackId);
}
