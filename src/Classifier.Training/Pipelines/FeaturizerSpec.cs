using Microsoft.ML.Transforms.Text;

namespace Classifier.Training.Pipelines;

/// <summary>A text featurization setting tried during model selection.</summary>
/// <param name="ReadsEmbedding">Whether the head also reads the bundle's sentence-encoder vector.</param>
public sealed record FeaturizerSpec(string Name, int WordNgramLength, int CharNgramLength, bool RemoveStopWords, int MaxNgrams, bool ReadsEmbedding = false)
{
    /// <summary>Word 1-2-grams, TF-IDF, L2: the setting that won the first probe. Every candidate keeps at most 60,000
    /// n-grams per length: on BBC and CAMEO dev splits that matched 200,000 in accuracy at half the model size.</summary>
    public static FeaturizerSpec WordBigrams { get; } = new("word1-2 tfidf", 2, 0, false, 60_000);

    /// <summary>Relative cost of featurizing at scoring time, for <see cref="CandidatePicker"/>: char n-grams dominate
    /// (a token per character, sorted and looked up), then each word n-gram length; stop-word removal saves lookups.
    /// The encoder costs more than everything else together (a transformer pass, or a table lookup per token).</summary>
    public int ScoringCost => (ReadsEmbedding ? 20 : 0) + (CharNgramLength > 0 ? 10 : 0) + (2 * WordNgramLength) - (RemoveStopWords ? 1 : 0);

    public static IReadOnlyList<FeaturizerSpec> Candidates { get; } =
    [
        WordBigrams,
        new("word1 tfidf", 1, 0, false, 60_000),
        new("word1-2 tfidf stopwords", 2, 0, true, 60_000),
        new("word1-2 + char3 tfidf", 2, 3, false, 60_000),
        new("word1-3 tfidf", 3, 0, false, 60_000),
    ];

    /// <summary>N-grams beside the sentence encoder's vector; tried only when the run has an encoder.</summary>
    public static IReadOnlyList<FeaturizerSpec> EncoderCandidates { get; } =
    [
        new("word1-2 tfidf + encoder", 2, 0, false, 60_000, ReadsEmbedding: true),
        new("word1 tfidf + encoder", 1, 0, false, 60_000, ReadsEmbedding: true),
    ];

    /// <summary>What selection tries: with an encoder, its pipelines first (so <c>--selection None</c> uses it), then
    /// the two plain word n-gram settings the shipped heads have always chosen. The costlier plain ones (char
    /// 3-grams, word 3-grams, stop-word removal) never won by <c>--min-gain</c> in a shipped build, and each costs a
    /// fit on every row the encoder run already pays for.</summary>
    public static IReadOnlyList<FeaturizerSpec> CandidatesFor(bool encoder) =>
        encoder ? [.. EncoderCandidates, WordBigrams, Candidates[1]] : Candidates;

    /// <summary>Every featurizer a user may force with <c>--featurizer</c>.</summary>
    public static IReadOnlyList<FeaturizerSpec> All { get; } = [.. EncoderCandidates, .. Candidates];

    /// <summary>Finds a candidate by name, ignoring case; throws naming the valid names.</summary>
    public static FeaturizerSpec Parse(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown featurizer '{name}'; expected one of {string.Join(", ", All.Select(f => $"'{f.Name}'"))}.");

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
