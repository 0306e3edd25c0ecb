using Classifier.Features;
using Microsoft.ML;

namespace Classifier.Scoring.Compiled;

/// <summary>The compiled heads of one bundle and the token vocabulary they share, derived from the ML.NET heads when
/// the bundle loads. A head is kept only if it scores a set of probe rows like its ML.NET model, within
/// <see cref="Tolerance"/>; otherwise it stays on ML.NET and <see cref="Skipped"/> says why.</summary>
internal sealed class CompiledBundle
{
    /// <summary>The largest difference in any class probability allowed between the compiled head and ML.NET.</summary>
    public const float Tolerance = 1e-5f;

    private CompiledBundle(TokenVocabulary vocabulary, IReadOnlyDictionary<string, CompiledLinearHead> heads, IReadOnlyDictionary<string, string> skipped)
    {
        Vocabulary = vocabulary;
        Heads = heads;
        Skipped = skipped;
    }

    public TokenVocabulary Vocabulary { get; }

    public IReadOnlyDictionary<string, CompiledLinearHead> Heads { get; }

    /// <summary>Heads left on ML.NET, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Skipped { get; }

    /// <param name="reference">Scores one row with the head's ML.NET model (calibrated), for the check.</param>
    public static CompiledBundle Build(
        IReadOnlyDictionary<string, (ITransformer Model, float Temperature)> models,
        int embeddingLength,
        Func<string, ModelInput, float[]> reference)
    {
        // Heads compile independently (and the folding table is built once per process): spread them over the cores.
        var folding = Task.Run(() => MlNetTextFolding.Table);
        var names = models.Keys.ToArray();
        var ngrams = new IReadOnlyList<string[]>?[names.Length];
        var reasons = new string?[names.Length];
        Parallel.For(0, names.Length, i => ngrams[i] = LinearHeadCompiler.ReadNgrams(models[names[i]].Model, embeddingLength, out reasons[i]));
        folding.Wait();
        var vocabulary = new TokenVocabulary(ngrams.OfType<IReadOnlyList<string[]>>().SelectMany(n => n).SelectMany(n => n));
        var compiled = new CompiledLinearHead?[names.Length];
        Parallel.For(0, names.Length, i =>
        {
            if (ngrams[i] is not { } headNgrams)
            {
                return;
            }

            var (model, temperature) = models[names[i]];
            var head = LinearHeadCompiler.Compile(model, headNgrams, vocabulary, embeddingLength, temperature, out reasons[i]);
            if (head is not null)
            {
                reasons[i] = Check(head, vocabulary, ProbeRows(headNgrams, embeddingLength), row => reference(names[i], row));
                compiled[i] = reasons[i] is null ? head : null;
            }
        });

        var heads = new Dictionary<string, CompiledLinearHead>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (compiled[i] is { } head)
            {
                heads[names[i]] = head;
            }
            else
            {
                skipped[names[i]] = reasons[i] ?? "not compilable";
            }
        }

        return new CompiledBundle(vocabulary, heads, skipped);
    }

    private static string? Check(CompiledLinearHead head, TokenVocabulary vocabulary, IEnumerable<ModelInput> rows, Func<ModelInput, float[]> reference)
    {
        foreach (var row in rows)
        {
            var expected = reference(row);
            var ids = vocabulary.Tokenize(row.Text, out var count);
            var actual = head.Score(ids.AsSpan(0, count), row);
            TokenVocabulary.Return(ids);
            for (var c = 0; c < expected.Length; c++)
            {
                if (!(Math.Abs(expected[c] - actual[c]) <= Tolerance))
                {
                    return $"the compiled head gave {actual[c]} for class {c} where ML.NET gives {expected[c]} on the probe text \"{Shorten(row.Text)}\"";
                }
            }
        }

        return null;
    }

    /// <summary>Probe rows that exercise what the tokenizer must reproduce: vocabulary n-grams in upper and mixed
    /// case, with punctuation inside and between words, accents, digits, runs of spaces and unknown words, plus
    /// non-zero dense inputs.</summary>
    private static IEnumerable<ModelInput> ProbeRows(IReadOnlyList<string[]> ngrams, int embeddingLength)
    {
        var random = new Random(15);
        string[] noise = ["U.S.", "al-Assad", "Café", "ÉLYSÉE", "don't", "  ", "1,200", "$5", "(Reuters)", "x|y", "naïve", "—", "İstanbul", "ǅ", "zzqxv"];
        for (var i = 0; i < 24; i++)
        {
            var words = new List<string>();
            var length = i == 0 ? 0 : 1 + random.Next(60);
            for (var w = 0; w < length && ngrams.Count > 0; w++)
            {
                var ngram = string.Join(' ', ngrams[random.Next(ngrams.Count)]);
                words.Add((random.Next(4)) switch
                {
                    0 => ngram.ToUpperInvariant(),
                    1 => noise[random.Next(noise.Length)],
                    2 => ngram + (random.Next(2) == 0 ? "," : "."),
                    _ => ngram,
                });
            }

            yield return new ModelInput
            {
                Text = string.Join(' ', words),
                RegionEvidence = [.. Enumerable.Range(0, FeatureLayout.RegionEvidenceLength).Select(_ => (float)random.NextDouble())],
                ToneEvidence = [.. Enumerable.Range(0, FeatureLayout.ToneEvidenceLength).Select(_ => (float)random.NextDouble())],
                Embedding = [.. Enumerable.Range(0, Math.Max(1, embeddingLength)).Select(_ => (float)(random.NextDouble() - 0.5) / 10f)],
            };
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
