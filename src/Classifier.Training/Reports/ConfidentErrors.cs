using Classifier.Articles;
using Classifier.Explanations;
using Classifier.Training.Data;

namespace Classifier.Training.Reports;

/// <summary>A head's most confident mistakes, each with the features that drove it: where a model is surely wrong is
/// where labels, data or features need a look first.</summary>
public static class ConfidentErrors
{
    public const int DefaultCount = 50;

    public sealed record Error(LabelledArticle Article, string Gold, string Predicted, float Confidence, IReadOnlyList<FeatureContribution> Features, double? Encoder);

    public static IReadOnlyList<Error> Find(
        HeadOutcomes head, IReadOnlyList<LabelledArticle> articles, ArticleExplainer? explainer, int count = DefaultCount, int features = 5)
    {
        return [.. head.Rows
            .Where(r => !r.Correct)
            .OrderByDescending(r => r.Confidence)
            .Take(count)
            .Select(r =>
            {
                var article = articles[r.Row];
                var explained = explainer?.Explain(new Article(article.Id, article.Title, article.Text), features)
                    .Heads.FirstOrDefault(h => h.Head == head.Head);
                return new Error(article, r.Gold, r.Predicted, r.Confidence,
                    explained?.Features.Where(f => f.Margin > 0).ToArray() ?? [], explained?.Chosen.Encoder);
            })];
    }
}
