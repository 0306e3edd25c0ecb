using Classifier.Taxonomy;

namespace Classifier.Features;

/// <summary>CAMEO verb evidence for the tone head: how many event verbs of each tone class the article uses
/// (headline counted twice, since the headline event decides the tone), the same for negated verbs, and the mean
/// Goldstein value of the matches.</summary>
public sealed class ToneEvidence
{
    /// <summary>Five class counts, five negated class counts, mean Goldstein / 10, total matches.</summary>
    public const int Length = 12;

    private const int BeforeWindow = 4;
    private const int AfterWindow = 6;
    private const int NegationWindow = 3;
    private const float HeadlineWeight = 2f;

    private static readonly HashSet<string> s_negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "n't", "refused", "refuses", "refuse", "declined", "declines", "failed", "fails", "without", "denied", "denies",
    };

    private readonly CameoLexicon _lexicon;

    public ToneEvidence(CameoLexicon lexicon) => _lexicon = lexicon;

    public static ToneEvidence Default { get; } = new(CameoLexicon.Default);

    public float[] Compute(string title, string text)
    {
        var counts = new float[Length];
        var goldsteinSum = 0.0;
        var weightSum = 0f;
        Accumulate(title, HeadlineWeight, counts, ref goldsteinSum, ref weightSum);
        Accumulate(text, 1f, counts, ref goldsteinSum, ref weightSum);
        for (var i = 0; i < 10; i++)
        {
            counts[i] = MathF.Log(1 + counts[i]);
        }

        counts[10] = weightSum > 0 ? (float)(goldsteinSum / weightSum / 10.0) : 0f;
        counts[11] = MathF.Log(1 + weightSum);
        return counts;
    }

    /// <summary>The CAMEO codes matched in a text, in order: for tests and for explaining a result.</summary>
    public IReadOnlyList<(string Code, bool Negated)> Matches(string text)
    {
        var found = new List<(string, bool)>();
        Scan(Words(text), (code, negated) => found.Add((code, negated)));
        return found;
    }

    private void Accumulate(string text, float weight, float[] counts, ref double goldsteinSum, ref float weightSum)
    {
        var g = 0.0;
        var w = 0f;
        Scan(Words(text), (code, negated) =>
        {
            var tone = ToneClassOf(code);
            counts[(negated ? 5 : 0) + tone] += weight;
            if (!negated)
            {
                g += _lexicon.GoldsteinOf(code) * weight;
                w += weight;
            }
        });
        goldsteinSum += g;
        weightSum += w;
    }

    private void Scan(string[] words, Action<string, bool> onMatch)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!_lexicon.ByFirstWord.TryGetValue(words[i], out var forms))
            {
                continue;
            }

            foreach (var form in forms)
            {
                if (!StartsAt(words, i, form.Words))
                {
                    continue;
                }

                var code = CodeFor(form, words, i, i + form.Words.Length);
                if (code is not null)
                {
                    onMatch(code, IsNegated(words, i));
                }

                break;
            }
        }
    }

    private static string? CodeFor(CameoLexicon.VerbForm form, string[] words, int start, int end)
    {
        foreach (var pattern in form.Family.Patterns)
        {
            if (InOrder(words, Math.Max(0, start - BeforeWindow), start, pattern.Before)
                && InOrder(words, end, Math.Min(words.Length, end + AfterWindow), pattern.After))
            {
                return pattern.Code == "---" ? null : pattern.Code;
            }
        }

        var code = form.OwnCode ?? form.Family.DefaultCode;
        return code == "---" ? null : code;
    }

    private static bool InOrder(string[] words, int from, int to, string[][] slots)
    {
        var position = from;
        foreach (var alternatives in slots)
        {
            while (position < to && Array.IndexOf(alternatives, words[position]) < 0)
            {
                position++;
            }

            if (position >= to)
            {
                return false;
            }

            position++;
        }

        return true;
    }

    private static bool StartsAt(string[] words, int i, string[] form)
    {
        if (i + form.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < form.Length; k++)
        {
            if (words[i + k] != form[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNegated(string[] words, int i)
    {
        for (var k = Math.Max(0, i - NegationWindow); k < i; k++)
        {
            if (s_negators.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Phoenix PentaClass of a CAMEO code, as an index into <see cref="Labels.Tones"/>.</summary>
    public static int ToneClassOf(string code)
    {
        var root = int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        return root switch
        {
            <= 2 => 0,
            <= 5 => 1,
            <= 8 => 2,
            <= 13 or 16 => 3,
            _ => 4,
        };
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                // "didn't" splits into "didn" and "t"; keep the negation visible as "n't".
                if (i < text.Length - 2 && text[i] == '\'' && text[i + 1] == 't' && word.EndsWith('n'))
                {
                    words.Add(word[..^1]);
                    words.Add("n't");
                    i += 1;
                }
                else
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words.ToArray();
    }
}
