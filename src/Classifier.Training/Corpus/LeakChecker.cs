using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>Finds articles that share a run of <see cref="RunLength"/> words with reference texts (public corpora, the
/// seed article): our corpus must be written, not copied.</summary>
public sealed class LeakChecker
{
    public const int RunLength = 12;

    private readonly Dictionary<ulong, string> _runs = [];

    public LeakChecker(IEnumerable<LabelledArticle> articles)
    {
        foreach (var article in articles)
        {
            foreach (var hash in WordTokens.NgramHashes(WordTokens.Of($"{article.Title} {article.Text}"), RunLength))
            {
                _runs.TryAdd(hash, article.Id);
            }
        }
    }

    public sealed record Leak(string ArticleId, string Source);

    /// <summary>Streams a reference text and reports each article that shares a run with it (once per article).</summary>
    public IEnumerable<Leak> Check(string text, string sourceName)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hash in WordTokens.NgramHashes(WordTokens.Of(text), RunLength))
        {
            if (_runs.TryGetValue(hash, out var id) && found.Add(id))
            {
                yield return new Leak(id, sourceName);
            }
        }
    }

    /// <summary>Checks every text file under a directory, line block by line block, so large files stay cheap.</summary>
    public IEnumerable<Leak> CheckDirectory(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(file) is not (".txt" or ".tsv" or ".jsonl" or ".json" or ".sgm" or ".xml" or ".csv" or ".md" or ""))
            {
                continue;
            }

            // The Reuters SGML files are Latin-1; everything else in the shared corpora is UTF-8.
            var encoding = Path.GetExtension(file) == ".sgm" ? System.Text.Encoding.Latin1 : System.Text.Encoding.UTF8;
            var text = File.ReadAllText(file, encoding);
            foreach (var leak in Check(text, file))
            {
                yield return leak;
            }
        }
    }
}
