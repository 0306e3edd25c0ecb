using Classifier.Articles;

namespace Classifier.Explanations;

/// <summary>Why an article got its classification: each head's evidence and the countries detected.</summary>
public sealed record ArticleExplanation
{
    /// <summary>The classification being explained, exactly as <c>predict</c> returns it.</summary>
    public required Classification Result { get; init; }

    public required IReadOnlyList<HeadExplanation> Heads { get; init; }

    /// <summary>Detected countries, most salient first, with the phrases and zones behind each.</summary>
    public required IReadOnlyList<CountryEvidence> Countries { get; init; }
}
