using System.Runtime.CompilerServices;
using Classifier.Scoring;

namespace Classifier.Explanations;

/// <summary>One <see cref="ArticleExplainer"/> per loaded classifier, for hosts that explain on request: building
/// one copies every head's coefficients, and a reloaded bundle must get its own (the old one is collected with
/// its classifier).</summary>
public static class ArticleExplainers
{
    private static readonly ConditionalWeakTable<NewsClassifier, ArticleExplainer> s_explainers = [];

    public static ArticleExplainer For(NewsClassifier classifier) => s_explainers.GetValue(classifier, c => new ArticleExplainer(c));
}
