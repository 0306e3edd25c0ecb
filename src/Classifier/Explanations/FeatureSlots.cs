using Classifier.Bundles;
using Classifier.Features;
using Classifier.Taxonomy;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Explanations;

/// <summary>What each slot of a head's <c>Features</c> vector is. Training concatenates the text n-grams first, then
/// the head's dense evidence (gazetteer for region, CAMEO verbs for tone when it reads them), then the encoder's
/// vector; the n-gram slots carry their n-gram as slot name, the dense ones carry none. The layout is read from the
/// model's own slot names and checked against the manifest's sizes, so a mismatch fails loudly instead of naming
/// the wrong feature.</summary>
internal sealed class FeatureSlots
{
    /// <summary>The n-gram column training concatenates under (Classifier.Training's PipelineColumns.TextFeatures).</summary>
    private const string TextPrefix = "TextFeatures.";

    private readonly string[] _names;
    private readonly string[] _kinds;

    private FeatureSlots(string[] names, string[] kinds, int encoderStart)
    {
        _names = names;
        _kinds = kinds;
        EncoderStart = encoderStart;
    }

    public const string NgramKind = "ngram";
    public const string CountryKind = "countries";
    public const string CameoKind = "cameo";
    public const string EncoderKind = "encoder";

    public int Count => _names.Length;

    /// <summary>First slot of the encoder's vector; <see cref="Count"/> when the head does not read it.</summary>
    public int EncoderStart { get; }

    public string NameOf(int slot) => _names[slot];

    public string KindOf(int slot) => _kinds[slot];

    public static FeatureSlots Read(DataViewSchema.Column features, string head, HeadManifest manifest, int embeddingLength)
    {
        var size = features.Type is VectorDataViewType { Size: > 0 } vector
            ? vector.Size
            : throw new InvalidOperationException($"{head}: the Features column is not a fixed-size vector ({features.Type}).");
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        if (features.HasSlotNames())
        {
            features.GetSlotNames(ref slotNames);
        }

        var given = slotNames.DenseValues().Select(n => n.ToString()).ToArray();
        var dense = new List<(string Kind, string[] Names)>();
        if (head == HeadNames.Region)
        {
            dense.Add((CountryKind, [
                .. Labels.Regions.Ids.Select(r => $"{r} top salience"),
                .. Labels.Regions.Ids.Select(r => $"{r} salience share"),
            ]));
        }
        else if (manifest.ReadsToneEvidence == true)
        {
            dense.Add((CameoKind, [
                .. Labels.Tones.Ids.Select(t => $"CAMEO {t} verbs"),
                .. Labels.Tones.Ids.Select(t => $"CAMEO {t} verbs, negated"),
                "CAMEO mean Goldstein / 10",
                "CAMEO verb matches",
            ]));
        }

        if (manifest.ReadsEmbedding == true)
        {
            dense.Add((EncoderKind, [.. Enumerable.Range(0, embeddingLength).Select(i => $"encoder[{i}]")]));
        }

        var textSlots = size - dense.Sum(d => d.Names.Length);
        if (textSlots <= 0 || given.Length != size || given.Take(textSlots).Any(string.IsNullOrEmpty) || given.Skip(textSlots).Any(n => n.Length > 0))
        {
            throw new InvalidOperationException(
                $"{head}: the model's {size} feature slots do not match the layout the manifest implies "
                + $"({textSlots} n-grams + {string.Join(" + ", dense.Select(d => $"{d.Names.Length} {d.Kind}"))}); cannot name its features.");
        }

        var names = new string[size];
        var kinds = new string[size];
        for (var i = 0; i < textSlots; i++)
        {
            var name = given[i].StartsWith(TextPrefix, StringComparison.Ordinal) ? given[i][TextPrefix.Length..] : given[i];
            names[i] = name.Replace('|', ' ');
            kinds[i] = NgramKind;
        }

        var next = textSlots;
        var encoderStart = size;
        foreach (var (kind, denseNames) in dense)
        {
            if (kind == EncoderKind)
            {
                encoderStart = next;
            }

            foreach (var name in denseNames)
            {
                names[next] = name;
                kinds[next++] = kind;
            }
        }

        return new FeatureSlots(names, kinds, encoderStart);
    }
}
