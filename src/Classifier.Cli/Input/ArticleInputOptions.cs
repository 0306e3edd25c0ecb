using System.CommandLine;

namespace Classifier.Cli.Input;

/// <summary>The one-article input that predict and explain share: a text argument, or --file, or stdin, with an
/// optional --title. One definition, so the two verbs cannot drift apart in what they accept.</summary>
public sealed class ArticleInputOptions
{
    public Argument<string?> Text { get; } = new("text")
    {
        Description = "The article text. Omit it to read --file, or stdin.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<FileInfo?> File { get; } = new("--file", "-f")
    {
        Description = "Read the article from a file: the first line is the headline when more text follows.",
        HelpName = "FILE",
    };

    public Option<string?> Title { get; } = new("--title", "-t") { Description = "The headline, when TEXT is the body only." };
}
