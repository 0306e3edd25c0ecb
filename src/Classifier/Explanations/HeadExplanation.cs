namespace Classifier.Explanations;

/// <summary>One head's decision taken apart. For a linear head the score (logit) of a class is exactly
/// <c>bias + Σ feature value × coefficient</c>; <see cref="Chosen"/> and <see cref="RunnerUp"/> each list that sum
/// in parts (the top features, the encoder's share as one figure, the other features together, the bias), so the
/// parts add up to <see cref="ClassEvidence.Score"/>. The head's probability is softmax(score / temperature).</summary>
public sealed record HeadExplanation
{
    public required string Head { get; init; }

    /// <summary><c>linear</c> (maximum entropy: exact contributions) or the model type when it cannot be explained.</summary>
    public required string Model { get; init; }

    /// <summary>The calibration temperature from the manifest (1 when the bundle has none).</summary>
    public required float Temperature { get; init; }

    public required ClassEvidence Chosen { get; init; }

    public ClassEvidence? RunnerUp { get; init; }

    /// <summary>Features ordered by how much they favour the chosen class over the runner-up (value × (coefficient
    /// for chosen − coefficient for runner-up)), the strongest either way; positive pushed the chosen class up
    /// or the runner-up down.</summary>
    public required IReadOnlyList<FeatureContribution> Features { get; init; }

    /// <summary>Every class's score (logit) and calibrated probability, best first.</summary>
    public required IReadOnlyList<ClassScore> Classes { get; init; }

    /// <summary>Why the head could not be explained, when it could not (e.g. a tree model).</summary>
    public string? Note { get; init; }
}

/// <summary>A class's score in parts: <c>Bias + Σ Features[i].Contribution + OtherFeatures + Encoder = Score</c>.</summary>
public sealed record ClassEvidence
{
    public required string Class { get; init; }

    /// <summary>The calibrated probability (after the temperature), as in the classification.</summary>
    public required double Probability { get; init; }

    /// <summary>The linear score (logit) before the softmax; null for a head that is not linear.</summary>
    public required double? Score { get; init; }

    public required double? Bias { get; init; }

    /// <summary>The listed features' part of <see cref="Score"/> (the sum of their contributions to this class).</summary>
    public required double ListedFeatures { get; init; }

    /// <summary>The part of <see cref="Score"/> from features with a non-zero value that are not listed.</summary>
    public required double? OtherFeatures { get; init; }

    /// <summary>How many non-zero features are not listed.</summary>
    public required int OtherFeatureCount { get; init; }

    /// <summary>The sentence encoder's part of <see cref="Score"/>, all dimensions together; null when the head does
    /// not read the encoder.</summary>
    public double? Encoder { get; init; }
}

/// <summary>One feature's part in the decision. <see cref="Value"/> is what the head read (a TF-IDF weight for an
/// n-gram, a salience for gazetteer evidence); a contribution is value × the class's coefficient.</summary>
public sealed record FeatureContribution(
    string Feature,
    string Kind,
    float Value,
    double ToChosen,
    double? ToRunnerUp)
{
    /// <summary>How much the feature favours the chosen class over the runner-up.</summary>
    public double Margin => ToChosen - (ToRunnerUp ?? 0);
}

/// <summary>A class's score (logit; null for a head that is not linear) and calibrated probability.</summary>
public sealed record ClassScore(string Id, double? Score, double Probability);
