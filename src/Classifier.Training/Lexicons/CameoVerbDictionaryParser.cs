using System.Text.RegularExpressions;

namespace Classifier.Training.Lexicons;

/// <summary>Reads PETRARCH2's CAMEO.2.0.txt: synonym sets (<c>&amp;NAME</c> then <c>+WORD</c> lines), then verb
/// blocks (<c>--- NAME [code] ---</c>, verb forms, <c>- pattern [code]</c> lines). Actor slots ($ + %) are dropped:
/// the features only need the words around the verb.</summary>
public static partial class CameoVerbDictionaryParser
{
    public static CameoVerbDictionary Parse(string path)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var families = new List<CameoVerbFamily>();
        List<string>? currentSynset = null;
        string? familyName = null, familyCode = null;
        var forms = new List<CameoVerbForm>();
        var patterns = new List<(string Text, string Code)>();
        var inVerbs = false;

        void FlushFamily()
        {
            if (familyName is not null)
            {
                families.Add(new CameoVerbFamily(familyName, familyCode!, forms.Distinct().ToArray(),
                    patterns.Select(p => ToPattern(p.Text, p.Code, synsets)).OfType<CameoPattern>().ToArray()));
            }

            forms = [];
            patterns = [];
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inVerbs = true;
                continue;
            }

            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!inVerbs)
            {
                if (line.StartsWith('&'))
                {
                    currentSynset = [];
                    synsets[line] = currentSynset;
                }
                else if (line.StartsWith('+') && currentSynset is not null)
                {
                    currentSynset.Add(line[1..].Replace('_', ' ').Trim().ToLowerInvariant());
                }

                continue;
            }

            var header = HeaderRegex().Match(line);
            if (header.Success)
            {
                FlushFamily();
                familyName = header.Groups[1].Value;
                familyCode = header.Groups[2].Value;
                continue;
            }

            if (familyName is null)
            {
                continue;
            }

            if (line.StartsWith('-'))
            {
                var code = CodeRegex().Match(line);
                if (code.Success)
                {
                    patterns.Add((line[1..code.Index].Trim(), code.Groups[1].Value));
                }
            }
            else
            {
                forms.AddRange(VerbForms(line));
            }
        }

        FlushFamily();
        return new CameoVerbDictionary(synsets.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value), families);
    }

    /// <summary>"HURRY {HURRIES HURRYING HURRIED }" gives the base, its listed irregular forms, and the regular
    /// inflections the dictionary leaves implicit.</summary>
    private static IEnumerable<CameoVerbForm> VerbForms(string line)
    {
        var code = CodeRegex().Match(line);
        var own = code.Success ? code.Groups[1].Value : null;
        return FormTexts(code.Success ? line[..code.Index] : line).Select(f => new CameoVerbForm(f, own));
    }

    private static IEnumerable<string> FormTexts(string line)
    {
        line = line.Trim();
        var brace = line.IndexOf('{', StringComparison.Ordinal);
        var baseForm = (brace >= 0 ? line[..brace] : line).Trim();
        if (baseForm.Length == 0 || baseForm.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        var words = baseForm.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        var head = words[0];
        var tail = words.Length > 1 ? " " + string.Join(' ', words[1..]) : "";
        yield return head + tail;
        if (brace >= 0)
        {
            var end = line.IndexOf('}', brace);
            foreach (var form in line[(brace + 1)..(end < 0 ? line.Length : end)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return form.ToLowerInvariant().Replace('_', ' ');
            }
        }
        else
        {
            foreach (var inflected in RegularInflections(head))
            {
                yield return inflected + tail;
            }
        }
    }

    private static IEnumerable<string> RegularInflections(string verb)
    {
        var consonantY = verb.Length > 1 && verb.EndsWith('y') && !"aeiou".Contains(verb[^2]);
        yield return consonantY ? verb[..^1] + "ies"
            : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('o') ? verb + "es"
            : verb + "s";
        yield return consonantY ? verb[..^1] + "ied" : verb.EndsWith('e') ? verb + "d" : verb + "ed";
        yield return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";
    }

    private static CameoPattern? ToPattern(string text, string code, Dictionary<string, List<string>> synsets)
    {
        var star = text.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return null;
        }

        var before = Slots(text[..star], synsets);
        var after = Slots(text[(star + 1)..], synsets);
        return before.Count + after.Count == 0 ? null : new CameoPattern(before, after, code);
    }

    private static List<IReadOnlyList<string>> Slots(string text, Dictionary<string, List<string>> synsets)
    {
        var slots = new List<IReadOnlyList<string>>();
        foreach (var token in text.Replace('{', ' ').Replace('}', ' ').Replace('(', ' ').Replace(')', ' ').Replace('_', ' ')
                     .Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token is "$" or "+" or "%" or "^" or "|")
            {
                continue;
            }

            if (token.StartsWith('&'))
            {
                // A synset is one slot with every single-word member as an alternative.
                if (synsets.TryGetValue(token, out var members))
                {
                    var singles = members.Where(m => !m.Contains(' ', StringComparison.Ordinal)).ToArray();
                    if (singles.Length > 0)
                    {
                        slots.Add(singles);
                    }
                }

                continue;
            }

            var word = token.Trim('$', '+', '%', '^').ToLowerInvariant();
            if (word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c == '\'' || c == '-'))
            {
                slots.Add([word]);
            }
        }

        return slots;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    [GeneratedRegex(@"^---\s+(\S+)\s+\[([0-9-]+)\]\s+---")]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"\[([0-9-]+)(?::[0-9-]+)?\]")]
    private static partial Regex CodeRegex();
}
