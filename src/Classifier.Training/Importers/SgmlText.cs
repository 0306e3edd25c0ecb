using System.Globalization;
using System.Text;

namespace Classifier.Training.Importers;

/// <summary>Decodes the character entities of SGML text (<c>&amp;lt;</c>, <c>&amp;#3;</c>, ...) and drops the
/// control characters that wire transmissions embed (start/end-of-text marks), which are not part of the text.</summary>
internal static class SgmlText
{
    private static readonly Dictionary<string, char> s_named = new(StringComparer.Ordinal)
    {
        ["lt"] = '<',
        ["gt"] = '>',
        ["amp"] = '&',
        ["quot"] = '"',
        ["apos"] = '\'',
        ["nbsp"] = ' ',
    };

    public static string Decode(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&' && TryEntity(text, i, out var decoded, out var length))
            {
                Append(result, decoded);
                i += length - 1;
            }
            else
            {
                Append(result, c);
            }
        }

        return result.ToString();
    }

    private static void Append(StringBuilder result, char c)
    {
        if (c is '\n' or '\t' || !char.IsControl(c))
        {
            result.Append(c);
        }
    }

    // Tolerant: an '&' that does not start a known entity is kept as text, as SGML allows.
    private static bool TryEntity(string text, int start, out char decoded, out int length)
    {
        decoded = '\0';
        length = 0;
        var semicolon = text.IndexOf(';', start + 1, Math.Min(12, text.Length - start - 1));
        if (semicolon < 0)
        {
            return false;
        }

        var name = text.AsSpan(start + 1, semicolon - start - 1);
        length = semicolon - start + 1;
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is >= 0 and <= char.MaxValue)
            {
                decoded = (char)code;
                return true;
            }

            return false;
        }

        return s_named.TryGetValue(name.ToString(), out decoded);
    }
}
