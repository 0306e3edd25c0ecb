namespace Classifier.Features;

/// <summary>What the scorer needs from a featurizer. <see cref="ArticleFeaturizer"/> is the only production one; the
/// seam lets a test inject a stage that fails for one article, to check that a batch isolates it.</summary>
internal interface IArticleFeaturizer
{
    ArticleFeatures Featurize(string? title, string text, bool toneEvidence = true);
}
