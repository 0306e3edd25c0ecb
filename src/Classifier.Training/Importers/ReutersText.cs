using System.Text;

namespace Classifier.Training.Importers;

/// <summary>Turns Reuters' fixed-width wire text into plain prose.</summary>
internal static class ReutersText
{
    /// <summary>Collapses runs of white space to one space (titles and datelines).</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Re-joins the hard-wrapped lines of a body into paragraphs (an indented line starts one; paragraphs
    /// are separated by a blank line, as in the other corpora). The closing "Reuter" stays, as a user would send it:
    /// <see cref="Classifier.Text.ArticleCleaner"/> removes it on both the training and the scoring side.</summary>
    public static string Body(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || (char.IsWhiteSpace(line[0]) && current.Length > 0))
            {
                Flush(current, paragraphs);
            }

            if (trimmed.Length > 0)
            {
                current.Append(current.Length > 0 ? " " : "").Append(OneLine(trimmed));
            }
        }

        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
