using Classifier.Countries;

namespace Classifier.Features;

/// <summary>What the featurizer derived from one article: the model row plus the detected countries, which the
/// composer needs again for the <c>countries</c> and <c>regions</c> fields.</summary>
public sealed record ArticleFeatures(ModelInput Input, IReadOnlyList<CountryMention> Countries);
