using Microsoft.ML.Transforms.Text;

namespace Classifier.Training.Pipelines;

/// <summary>A text featurization setting tried during model selection.</summary>
public sealed record FeaturizerSpec(string Name, int WordNgramLength, int CharNgramLength, bool RemoveStopWords, int MaxNgrams)
{
    /// <summary>Word 1-2-grams, TF-IDF, L2: the setting that won the first probe. Every candidate keeps at most 60,000
    /// n-grams per length: on BBC and CAMEO dev splits that matched 200,000 in accuracy at half the model size.</summary>
    public static FeaturizerSpec WordBigrams { get; } = new("word1-2 tfidf", 2, 0, false, 60_000);

    /// <summary>Relative cost of featurizing at scoring time, for <see cref="CandidatePicker"/>: char n-grams dominate
    /// (a token per character, sorted and looked up), then each word n-gram length; stop-word removal saves lookups.</summary>
    public int ScoringCost => (CharNgramLength > 0 ? 10 : 0) + (2 * WordNgramLength) - (RemoveStopWords ? 1 : 0);

    public static IReadOnlyList<FeaturizerSpec> Candidates { get; } =
    [
        WordBigrams,
        new("word1 tfidf", 1, 0, false, 60_000),
        new("word1-2 tfidf stopwords", 2, 0, true, 60_000),
        new("word1-2 + char3 tfidf", 2, 3, false, 60_000),
        new("word1-3 tfidf", 3, 0, false, 60_000),
    ];

    /// <summary>Finds a candidate by name, ignoring case; throws naming the valid names.</summary>
    public static FeaturizerSpec Parse(string name) =>
        Candidates.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown featurizer '{name}'; expected one of {string.Join(", ", Candidates.Select(f => $"'{f.Name}'"))}.");

    public TextFeaturizingEstimator.Options ToOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
        StopWordsRemoverOptions = RemoveStopWords
            ? new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English }
            : null,
        WordFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = WordNgramLength,
            UseAllLengths = true,
            Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            MaximumNgramsCount = Enumerable.Repeat(MaxNgrams, WordNgramLength).ToArray(),
        },
        CharFeatureExtractor = CharNgramLength > 0
            ? new WordBagEstimator.Options
            {
                NgramLength = CharNgramLength,
                UseAllLengths = false,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            }
            : null,
    };
}
