using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Classifier.Scoring.Compiled;

/// <summary>What ML.NET's text normaliser does to each UTF-16 character under the settings every trained featurizer
/// uses (lower case, no diacritics, no punctuation, numbers kept): drop it, or replace it by one character. ML.NET
/// decides character by character, so a table of all 65,536 answers reproduces it exactly. The table is asked of
/// ML.NET itself once per process rather than re-implemented, so it cannot drift from the reference.</summary>
internal static class MlNetTextFolding
{
    /// <summary>Marks a character the normaliser removes.</summary>
    public const int Dropped = -1;

    private static readonly Lazy<int[]> s_table = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Per character: the character it becomes, or <see cref="Dropped"/>.</summary>
    public static int[] Table => s_table.Value;

    /// <summary>The options the table is built with; they must equal the featurizer's (<c>FeaturizerSpec.ToOptions</c>).
    /// A model trained otherwise fails the compiler's check against ML.NET and keeps ML.NET scoring.</summary>
    public static TextNormalizingEstimator Estimator(MLContext mlContext, string output, string input) =>
        mlContext.Transforms.Text.NormalizeText(
            output, input, TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true);

    private static int[] Build()
    {
        var mlContext = new MLContext(seed: 0);
        var rows = new CharRow[char.MaxValue + 1];
        for (var c = 0; c < rows.Length; c++)
        {
            rows[c] = new CharRow { Text = ((char)c).ToString() };
        }

        var view = mlContext.Data.LoadFromEnumerable(rows);
        var folded = Estimator(mlContext, nameof(CharRow.Folded), nameof(CharRow.Text)).Fit(view).Transform(view);
        var table = new int[rows.Length];
        var c2 = 0;
        foreach (var row in mlContext.Data.CreateEnumerable<CharRow>(folded, reuseRowObject: true))
        {
            table[c2] = row.Folded.Length switch
            {
                0 => Dropped,
                1 => row.Folded[0],
                _ => throw new InvalidOperationException($"ML.NET's normaliser turned U+{c2:X4} into {row.Folded.Length} characters; the compiled scorer assumes at most one."),
            };
            c2++;
        }

        return table;
    }

    private sealed class CharRow
    {
        public string Text { get; set; } = "";

        public string Folded { get; set; } = "";
    }
}
