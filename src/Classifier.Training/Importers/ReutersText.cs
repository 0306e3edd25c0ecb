using System.Text;

namespace Classifier.Training.Importers;

/// <summary>Turns Reuters' fixed-width wire text into plain prose.</summary>
internal static class ReutersText
{
    private const string SignOff = "Reuter";

    /// <summary>Collapses runs of white space to one space (titles and datelines).</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Re-joins the hard-wrapped lines of a body into paragraphs (an indented line starts one; paragraphs
    /// are separated by a blank line, as in the other corpora) and drops the closing "Reuter": a sign-off on every
    /// row would teach the models the source, not the story.</summary>
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
        DropSignOff(paragraphs);
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

    private static void DropSignOff(List<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        var last = paragraphs[^1];
        if (last.Equals(SignOff, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        else if (last.EndsWith(" " + SignOff, StringComparison.OrdinalIgnoreCase))
        {
            paragraphs[^1] = last[..^(SignOff.Length + 1)];
        }
    }
}
