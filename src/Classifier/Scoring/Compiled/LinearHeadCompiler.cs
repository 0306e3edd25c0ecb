using Classifier.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Scoring.Compiled;

/// <summary>Exports a trained linear head from its ML.NET model into a <see cref="CompiledLinearHead"/>, using only
/// what the model answers through ML.NET's public API: the n-gram vocabulary from the slot names of its text feature
/// column, each slot's IDF weight by running a few probe documents through the model's own featurizer, the layout of
/// the dense columns by a probe row, and the coefficients from the maximum-entropy parameters. Anything it does not
/// recognise (trees, char n-grams, another layout) yields null with the reason, and the head keeps ML.NET.</summary>
internal static class LinearHeadCompiler
{
    /// <summary>The featurizer's output column (training's <c>PipelineColumns.TextFeatures</c>) and the trainer's input.</summary>
    public const string TextFeaturesColumn = "TextFeatures";

    public const string FeaturesColumn = "Features";

    /// <summary>The n-grams of a head: the tokens of each text-feature slot, in slot order.</summary>
    public static IReadOnlyList<string[]>? ReadNgrams(ITransformer model, int embeddingLength, out string? reason)
    {
        if (!TrySplit(model, out var prefix, out _, out reason))
        {
            return null;
        }

        var schema = Featurize(prefix, [], embeddingLength).Schema;
        var column = schema.GetColumnOrNull(TextFeaturesColumn);
        if (column is not { } text || text.Type is not VectorDataViewType { Size: > 0 } || !text.HasSlotNames())
        {
            reason = $"no '{TextFeaturesColumn}' n-gram column with slot names";
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        text.GetSlotNames(ref names);
        var ngrams = new List<string[]>(names.Length);
        foreach (var name in names.DenseValues())
        {
            // With char n-grams beside the words, ML.NET tags every slot "Char." or "Word.".
            if (name.Span.StartsWith("Char.", StringComparison.Ordinal))
            {
                reason = $"slot '{name}' is a char n-gram (char n-grams are not compiled)";
                return null;
            }

            var tokens = name.ToString().Split('|');
            if (tokens.Length > NgramKey.MaxLength || tokens.Any(t => t.Length == 0 || t.Contains(' ')))
            {
                reason = $"slot '{name}' is not a word n-gram of 1 to {NgramKey.MaxLength} tokens (char n-grams are not compiled)";
                return null;
            }

            ngrams.Add(tokens);
        }

        return ngrams;
    }

    /// <summary>Compiles the head against the shared <paramref name="vocabulary"/>, which must hold every token of
    /// <see cref="ReadNgrams"/>; null with the reason when the model is not a linear n-gram head.</summary>
    public static CompiledLinearHead? Compile(
        ITransformer model, IReadOnlyList<string[]> ngrams, TokenVocabulary vocabulary,
        int embeddingLength, float temperature, out string? reason)
    {
        if (!TrySplit(model, out var prefix, out var parameters, out reason))
        {
            return null;
        }

        var slots = new Dictionary<ulong, int>(ngrams.Count);
        Span<int> ids = stackalloc int[NgramKey.MaxLength];
        for (var s = 0; s < ngrams.Count; s++)
        {
            for (var t = 0; t < ngrams[s].Length; t++)
            {
                ids[t] = vocabulary.IdOf(ngrams[s][t]);
            }

            if (!slots.TryAdd(NgramKey.Of(ids[..ngrams[s].Length]), s))
            {
                reason = $"n-gram '{string.Join(' ', ngrams[s])}' names two slots";
                return null;
            }
        }

        var idf = NgramIdfReader.TryRead(prefix, ngrams.Count) is { } read
            ? [.. read.Select(v => (float)v)]
            : ProbeIdf(prefix, ngrams, embeddingLength, out reason);
        if (idf is null)
        {
            return null;
        }

        var layout = ProbeDenseLayout(prefix, ngrams.Count, embeddingLength, out reason);
        if (layout is null)
        {
            return null;
        }

        VBuffer<float>[] classWeights = [];
        parameters!.GetWeights(ref classWeights, out var classCount);
        var biases = parameters.GetBiases().ToArray();
        var slotCount = ngrams.Count;
        var weights = new float[slotCount * classCount];
        var dense = layout.Select(l => (l.Input, Weights: new float[l.Length * classCount])).ToArray();
        for (var c = 0; c < classCount; c++)
        {
            if (classWeights[c].Length != slotCount + layout.Sum(l => l.Length))
            {
                reason = $"class {c} has {classWeights[c].Length} weights for {slotCount} n-gram slots and {layout.Sum(l => l.Length)} dense inputs";
                return null;
            }

            var w = classWeights[c].DenseValues().ToArray();
            for (var s = 0; s < slotCount; s++)
            {
                weights[(s * classCount) + c] = w[s];
            }

            var offset = slotCount;
            for (var d = 0; d < layout.Length; d++)
            {
                for (var i = 0; i < layout[d].Length; i++)
                {
                    dense[d].Weights[(i * classCount) + c] = w[offset + i];
                }

                offset += layout[d].Length;
            }
        }

        var maxNgram = ngrams.Count == 0 ? 1 : ngrams.Max(n => n.Length);
        return new CompiledLinearHead(slots, maxNgram, idf, weights, biases, [.. dense.Select(d => (d.Input, d.Weights))], temperature);
    }

    /// <summary>The transformers before the predictor: the featurization.</summary>
    internal static ITransformer[]? FeaturizerOf(ITransformer model) => TrySplit(model, out var prefix, out _, out _) ? prefix : null;

    private static bool TrySplit(
        ITransformer model, out ITransformer[] prefix, out MaximumEntropyModelParameters? parameters, out string? reason)
    {
        prefix = [];
        parameters = null;
        if (model is not TransformerChain<ITransformer> chain || !chain.Any())
        {
            reason = "not a transformer chain";
            return false;
        }

        var parts = chain.ToArray();
        if (parts[^1] is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
        {
            reason = $"the predictor is {parts[^1].GetType().Name}, not a maximum-entropy linear model";
            return false;
        }

        if (predictor.FeatureColumnName != FeaturesColumn)
        {
            reason = $"the predictor reads '{predictor.FeatureColumnName}', not '{FeaturesColumn}'";
            return false;
        }

        prefix = parts[..^1];
        parameters = predictor.Model;
        reason = null;
        return true;
    }

    private static IDataView Featurize(ITransformer[] prefix, IReadOnlyList<ModelInput> rows, int embeddingLength)
    {
        var mlContext = new MLContext(seed: 0);
        var view = mlContext.Data.LoadFromEnumerable(rows, FeatureSchema.For<ModelInput>(embeddingLength));
        foreach (var transformer in prefix)
        {
            view = transformer.Transform(view);
        }

        return view;
    }

    /// <summary>IDF up to one common factor, which the L2 normalisation cancels. Probe documents of a few hundred
    /// n-grams each, separated by a token no slot uses (so no n-gram spans two of them), each led by one reference
    /// unigram: in a document every slot's value is count × IDF / norm, the counts are known, so IDF(g) / IDF(ref) is
    /// (value(g) / count(g)) / (value(ref) / count(ref)). Small documents, because ML.NET's n-gram counting slows down
    /// more than linearly with the number of distinct n-grams in one row.</summary>
    internal static float[]? ProbeIdf(ITransformer[] prefix, IReadOnlyList<string[]> ngrams, int embeddingLength, out string? reason)
    {
        reason = null;
        var idf = new float[ngrams.Count];
        if (ngrams.Count == 0)
        {
            return idf;
        }

        var slotOf = new Dictionary<string, int>(ngrams.Count, StringComparer.Ordinal);
        for (var s = 0; s < ngrams.Count; s++)
        {
            slotOf[string.Join(' ', ngrams[s])] = s;
        }

        var maxLength = ngrams.Max(n => n.Length);
        var separator = "q";
        var tokens = ngrams.SelectMany(n => n).ToHashSet(StringComparer.Ordinal);
        while (tokens.Contains(separator))
        {
            separator += "q";
        }

        // The reference: the unigram with the largest value among the first few, so certainly not a zero IDF.
        var unigrams = Enumerable.Range(0, ngrams.Count).Where(s => ngrams[s].Length == 1).Take(256).ToArray();
        if (unigrams.Length == 0)
        {
            reason = "no unigram slot to scale the n-grams by";
            return null;
        }

        var first = SlotValues(prefix, [string.Join(' ', unigrams.Select(s => ngrams[s][0]))], embeddingLength)[0];
        var referenceSlot = unigrams.MaxBy(s => first[s]);
        if (!(first[referenceSlot] > 0))
        {
            reason = "no unigram with a positive IDF to scale the n-grams by";
            return null;
        }

        const int PerDocument = 400;
        var documents = new List<string>();
        var counts = new List<Dictionary<int, int>>();
        for (var start = 0; start < ngrams.Count; start += PerDocument)
        {
            var segments = new List<string[]> { ngrams[referenceSlot] };
            segments.AddRange(ngrams.Skip(start).Take(PerDocument));
            var count = new Dictionary<int, int>();
            foreach (var segment in segments)
            {
                // Every n-gram the segment contains, sub-n-grams included, counts where it is a slot.
                for (var i = 0; i < segment.Length; i++)
                {
                    for (var length = 1; length <= maxLength && i + length <= segment.Length; length++)
                    {
                        if (slotOf.TryGetValue(string.Join(' ', segment, i, length), out var slot))
                        {
                            count[slot] = count.GetValueOrDefault(slot) + 1;
                        }
                    }
                }
            }

            documents.Add(string.Join($" {separator} ", segments.Select(g => string.Join(' ', g))));
            counts.Add(count);
        }

        var values = SlotValues(prefix, documents, embeddingLength);
        for (var d = 0; d < documents.Count; d++)
        {
            var count = counts[d];
            var scale = values[d][referenceSlot] / count[referenceSlot];
            for (var s = d * PerDocument; s < Math.Min(ngrams.Count, (d + 1) * PerDocument); s++)
            {
                idf[s] = values[d][s] / count[s] / scale;
            }
        }

        return idf;
    }

    private static float[][] SlotValues(ITransformer[] prefix, IReadOnlyList<string> documents, int embeddingLength)
    {
        var view = Featurize(prefix, [.. documents.Select(d => new ModelInput { Text = d, Embedding = new float[Math.Max(1, embeddingLength)] })], embeddingLength);
        var column = view.Schema[TextFeaturesColumn];
        var results = new List<float[]>();
        using var cursor = view.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            results.Add(buffer.DenseValues().ToArray());
        }

        return [.. results];
    }

    /// <summary>Which dense columns follow the n-gram slots in the trainer's feature vector, in order: a probe row
    /// with no text and a distinct value in every dense input shows where each one lands.</summary>
    private static (DenseInput Input, int Length)[]? ProbeDenseLayout(ITransformer[] prefix, int slotCount, int embeddingLength, out string? reason)
    {
        reason = null;
        var row = new ModelInput
        {
            Text = "",
            RegionEvidence = [.. Enumerable.Range(0, FeatureLayout.RegionEvidenceLength).Select(i => 1000f + i)],
            ToneEvidence = [.. Enumerable.Range(0, FeatureLayout.ToneEvidenceLength).Select(i => 2000f + i)],
            Embedding = [.. Enumerable.Range(0, Math.Max(1, embeddingLength)).Select(i => 3000f + i)],
        };
        var view = Featurize(prefix, [row], embeddingLength);
        var column = view.Schema.GetColumnOrNull(FeaturesColumn);
        if (column is not { } features)
        {
            reason = $"no '{FeaturesColumn}' column";
            return null;
        }

        using var cursor = view.GetRowCursor([features]);
        var getter = cursor.GetGetter<VBuffer<float>>(features);
        VBuffer<float> buffer = default;
        cursor.MoveNext();
        getter(ref buffer);
        var values = buffer.DenseValues().ToArray();
        if (values.Length < slotCount || values.Take(slotCount).Any(v => v != 0f))
        {
            reason = "the feature vector does not start with the n-gram slots";
            return null;
        }

        var layout = new List<(DenseInput, int)>();
        var position = slotCount;
        while (position < values.Length)
        {
            var (input, length) = values[position] switch
            {
                1000f => ((DenseInput?)DenseInput.RegionEvidence, FeatureLayout.RegionEvidenceLength),
                2000f => (DenseInput.ToneEvidence, FeatureLayout.ToneEvidenceLength),
                3000f => (DenseInput.Embedding, Math.Max(1, embeddingLength)),
                _ => (null, 0),
            };
            if (input is null || position + length > values.Length
                || Enumerable.Range(0, length).Any(i => values[position + i] != values[position] + i))
            {
                reason = $"feature {position} is not part of a known dense column";
                return null;
            }

            layout.Add((input.Value, length));
            position += length;
        }

        return [.. layout];
    }
}
