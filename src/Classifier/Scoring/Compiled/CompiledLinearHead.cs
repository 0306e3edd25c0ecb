using System.Buffers;
using Classifier.Features;

namespace Classifier.Scoring.Compiled;

/// <summary>One linear head (maximum entropy over [L2-normalised n-gram TF-IDF ; dense columns]) exported from its
/// ML.NET model: n-gram → slot, the slot's IDF weight, the class weights per slot and per dense input, the biases.
/// Scoring is a sparse dot product per class, the softmax, then the head's calibration temperature: the ML.NET
/// model's arithmetic, without its per-row data-view machinery. Immutable, so thread-safe.</summary>
internal sealed class CompiledLinearHead
{
    private readonly Dictionary<ulong, int> _slots;
    private readonly int _maxNgram;
    private readonly float[] _idf;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly IReadOnlyList<(DenseInput Input, float[] Weights)> _dense;
    private readonly float _temperature;

    /// <param name="weights">Slot-major: the weight of slot s for class c is at <c>s * classCount + c</c>.</param>
    /// <param name="dense">Per dense column read, its weights, input-index-major like <paramref name="weights"/>.</param>
    public CompiledLinearHead(
        Dictionary<ulong, int> slots, int maxNgram, float[] idf, float[] weights, float[] biases,
        IReadOnlyList<(DenseInput Input, float[] Weights)> dense, float temperature)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNgram, NgramKey.MaxLength);
        _slots = slots;
        _maxNgram = maxNgram;
        _idf = idf;
        _weights = weights;
        _biases = biases;
        _dense = dense;
        _temperature = temperature;
        ClassCount = biases.Length;
    }

    public int ClassCount { get; }

    public int SlotCount => _idf.Length;

    /// <summary>Calibrated class probabilities of one row, given its token ids (<see cref="TokenVocabulary.Tokenize"/>).</summary>
    public float[] Score(ReadOnlySpan<int> tokenIds, ModelInput input)
    {
        var classes = ClassCount;
        Span<double> logits = stackalloc double[classes];
        for (var c = 0; c < classes; c++)
        {
            logits[c] = _biases[c];
        }

        AddNgrams(tokenIds, logits);
        foreach (var (column, weights) in _dense)
        {
            var values = column switch
            {
                DenseInput.RegionEvidence => input.RegionEvidence,
                DenseInput.ToneEvidence => input.ToneEvidence,
                _ => input.Embedding,
            };
            var rows = Math.Min(values.Length, weights.Length / classes);
            for (var d = 0; d < rows; d++)
            {
                var x = values[d];
                if (x != 0f)
                {
                    var row = weights.AsSpan(d * classes, classes);
                    for (var c = 0; c < classes; c++)
                    {
                        logits[c] += x * row[c];
                    }
                }
            }
        }

        return Probabilities(logits);
    }

    /// <summary>Adds the n-gram part: each matching slot's count × IDF, divided by the L2 norm of all of them,
    /// times the slot's class weights.</summary>
    private void AddNgrams(ReadOnlySpan<int> tokenIds, Span<double> logits)
    {
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(16, tokenIds.Length * _maxNgram));
        try
        {
            var hits = 0;
            for (var i = 0; i < tokenIds.Length; i++)
            {
                ulong key = 0;
                var end = Math.Min(tokenIds.Length, i + _maxNgram);
                for (var j = i; j < end && tokenIds[j] != 0; j++)
                {
                    key = NgramKey.Extend(key, tokenIds[j]);
                    if (_slots.TryGetValue(key, out var slot))
                    {
                        rented[hits++] = slot;
                    }
                }
            }

            if (hits == 0)
            {
                return;
            }

            var found = rented.AsSpan(0, hits);
            found.Sort();
            // Pass one: the L2 norm over distinct slots (count × IDF); pass two: the weighted sum.
            var squares = 0.0;
            for (var start = 0; start < found.Length;)
            {
                var end = RunEnd(found, start);
                var v = (end - start) * (double)_idf[found[start]];
                squares += v * v;
                start = end;
            }

            if (squares == 0)
            {
                return;
            }

            var inverseNorm = 1.0 / Math.Sqrt(squares);
            var classes = ClassCount;
            for (var start = 0; start < found.Length;)
            {
                var end = RunEnd(found, start);
                var slot = found[start];
                var value = (end - start) * (double)_idf[slot] * inverseNorm;
                if (value != 0)
                {
                    var row = _weights.AsSpan(slot * classes, classes);
                    for (var c = 0; c < classes; c++)
                    {
                        logits[c] += value * row[c];
                    }
                }

                start = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>The end of the run of equal values that starts at <paramref name="start"/>.</summary>
    private static int RunEnd(ReadOnlySpan<int> sorted, int start)
    {
        var end = start + 1;
        while (end < sorted.Length && sorted[end] == sorted[start])
        {
            end++;
        }

        return end;
    }

    /// <summary>Softmax of the logits, then the temperature, which for a softmax head is the softmax of logits / T
    /// (what <see cref="TemperatureScaling"/> computes from the probabilities).</summary>
    private float[] Probabilities(ReadOnlySpan<double> logits)
    {
        var inverse = 1.0 / _temperature;
        var max = double.MinValue;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }

        var result = new float[logits.Length];
        var sum = 0.0;
        Span<double> exp = stackalloc double[logits.Length];
        for (var c = 0; c < logits.Length; c++)
        {
            exp[c] = Math.Exp((logits[c] - max) * inverse);
            sum += exp[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            result[c] = (float)(exp[c] / sum);
        }

        return result;
    }
}
