using System.Text.RegularExpressions;

namespace Classifier.Training.Importers;

/// <summary>One element found by <see cref="Find"/>: its open tag's attributes and where its content lies.</summary>
internal readonly record struct SgmlElement(int Start, int ContentStart, int ContentEnd, int End, string Attributes)
{
    private static readonly Regex s_attribute = new("""([A-Za-z][\w.-]*)\s*=\s*"([^"]*)"|([A-Za-z][\w.-]*)\s*=\s*([^\s>]+)""", RegexOptions.CultureInvariant);

    public string Content(string text) => text[ContentStart..ContentEnd];

    public string? Attribute(string name)
    {
        foreach (Match m in s_attribute.Matches(Attributes))
        {
            var key = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[3].Value;
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value;
            }
        }

        return null;
    }

    /// <summary>Finds the first <c>&lt;tag ...&gt;</c> in <c>text[from..to)</c>, tag names compared ignoring
    /// case. SGML may omit end tags, so a missing <c>&lt;/tag&gt;</c> makes the content run to
    /// <paramref name="to"/> instead of failing.</summary>
    public static SgmlElement? Find(string text, string tag, int from, int to)
    {
        var open = "<" + tag;
        var close = "</" + tag + ">";
        var at = from;
        while (true)
        {
            var start = IndexOf(text, open, at, to);
            if (start < 0)
            {
                return null;
            }

            var afterName = start + open.Length;
            if (afterName < to && (text[afterName] == '>' || char.IsWhiteSpace(text[afterName])))
            {
                var tagEnd = text.IndexOf('>', afterName, to - afterName);
                if (tagEnd < 0)
                {
                    return null;
                }

                var contentStart = tagEnd + 1;
                var closeAt = IndexOf(text, close, contentStart, to);
                return closeAt < 0
                    ? new SgmlElement(start, contentStart, to, to, text[afterName..tagEnd])
                    : new SgmlElement(start, contentStart, closeAt, closeAt + close.Length, text[afterName..tagEnd]);
            }

            at = afterName;
        }
    }

    private static int IndexOf(string text, string value, int from, int to) =>
        from >= to ? -1 : text.IndexOf(value, from, to - from, StringComparison.OrdinalIgnoreCase);
}
