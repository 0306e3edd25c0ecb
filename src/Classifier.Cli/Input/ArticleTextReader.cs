using Classifier.Articles;

namespace Classifier.Cli.Input;

/// <summary>Reads one article for predict. In a file or on stdin, a first line followed by more text is the
/// headline (the layout of wire copy and of the BBC corpus); a single paragraph is all body.</summary>
public static class ArticleTextReader
{
    public static Article Parse(string content, string? title)
    {
        var normalized = content.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (title is not null)
        {
            return new Article(null, title, normalized);
        }

        var newline = normalized.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            return new Article(null, "", normalized);
        }

        var first = normalized[..newline].Trim();
        var rest = normalized[(newline + 1)..].Trim();
        return rest.Length == 0 ? new Article(null, "", first) : new Article(null, first, rest);
    }
}
