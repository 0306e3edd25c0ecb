using System.Globalization;
using System.Reflection;

namespace Classifier.Features;

/// <summary>The CAMEO verb lexicon (embedded <c>data/lexicons/cameo-verbs.tsv</c>): verb forms, the patterns
/// that refine their event code, and the Goldstein value of every code.</summary>
public sealed class CameoLexicon
{
    private const string ResourceName = "Classifier.cameo-verbs.tsv";
    private static readonly Lazy<CameoLexicon> s_default = new(LoadEmbedded);

    private CameoLexicon(Dictionary<string, List<VerbForm>> byFirstWord, Dictionary<string, double> goldstein)
    {
        ByFirstWord = byFirstWord;
        Goldstein = goldstein;
    }

    public static CameoLexicon Default => s_default.Value;

    internal Dictionary<string, List<VerbForm>> ByFirstWord { get; }

    internal Dictionary<string, double> Goldstein { get; }

    internal sealed record Family(string DefaultCode, IReadOnlyList<Pattern> Patterns);

    internal sealed record Pattern(string Code, string[][] Before, string[][] After);

    /// <summary>A verb form; <see cref="OwnCode"/>, when set, replaces the family's default code for it.</summary>
    internal sealed record VerbForm(string[] Words, Family Family, string? OwnCode);

    /// <summary>Goldstein value of a code, falling back to its 3-digit and root parents.</summary>
    public double GoldsteinOf(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (Goldstein.TryGetValue(code[..length], out var value))
            {
                return value;
            }
        }

        return 0;
    }

    public static CameoLexicon Parse(TextReader reader, string sourceName)
    {
        var byFirstWord = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
        var goldstein = new Dictionary<string, double>(StringComparer.Ordinal);
        string? defaultCode = null;
        var forms = new List<(string[] Words, string? Code)>();
        var patterns = new List<Pattern>();
        var lineNumber = 0;

        void Flush()
        {
            if (defaultCode is null)
            {
                return;
            }

            // Longer patterns first: the most specific match decides the code.
            var family = new Family(defaultCode, patterns.OrderByDescending(p => p.Before.Length + p.After.Length).ToArray());
            foreach (var (words, code) in forms)
            {
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add(new VerbForm(words, family, code));
            }

            forms = [];
            patterns = [];
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            switch (f[0])
            {
                case "G" when f.Length == 3:
                    goldstein[f[1]] = double.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                case "F" when f.Length == 3:
                    Flush();
                    defaultCode = f[2];
                    break;
                case "V" when f.Length == 3 && defaultCode is not null:
                    forms.Add((f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), f[2].Length > 0 ? f[2] : null));
                    break;
                case "P" when f.Length == 4 && defaultCode is not null:
                    patterns.Add(new Pattern(f[1], Slots(f[2]), Slots(f[3])));
                    break;
                default:
                    throw new FormatException($"{sourceName}:{lineNumber}: unexpected line '{line}'.");
            }
        }

        Flush();
        return new CameoLexicon(byFirstWord, goldstein);
    }

    private static string[][] Slots(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('|')).ToArray();

    private static CameoLexicon LoadEmbedded()
    {
        using var stream = typeof(CameoLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "cameo-verbs.tsv");
    }
}
