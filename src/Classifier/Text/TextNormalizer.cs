using System.Text;

namespace Classifier.Text;

/// <summary>Puts article text into the one shape both training and scoring see: NFC, no control characters,
/// single spaces, typographic quotes and dashes folded to ASCII.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var source = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(source.Length);
        var pendingSpace = false;
        foreach (var raw in source)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text a model reads: the headline, then the body, as one normalised string.</summary>
    public static string ModelText(string? title, string? text)
    {
        var t = Normalize(title);
        var body = Normalize(text);
        if (t.Length == 0)
        {
            return body;
        }

        // A full stop keeps the headline's last word and the body's first word out of one bigram.
        return body.Length == 0 ? t : $"{t} . {body}";
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u2009' or '\u202F' => ' ',
        _ => c,
    };
}
