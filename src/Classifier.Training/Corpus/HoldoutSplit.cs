using System.Security.Cryptography;
using System.Text;
using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>Keeps a fixed, stratified share of the authored corpus in a held-out directory that no shipped model
/// trains on. Articles move from <c>data/articles/X.csv</c> to <c>data/holdout/X.csv</c>, never back, so the
/// held-out set only grows as the corpus grows.</summary>
public static class HoldoutSplit
{
    public sealed record Result(int Moved, int HeldOut, int Training);

    public static Result Apply(string articlesDirectory, string holdoutDirectory, double fraction)
    {
        Directory.CreateDirectory(holdoutDirectory);
        var training = ReadByFile(articlesDirectory);
        var held = ReadByFile(holdoutDirectory);
        var all = training.Values.SelectMany(x => x).Concat(held.Values.SelectMany(x => x)).ToArray();
        var heldIds = held.Values.SelectMany(x => x).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var toMove = new HashSet<string>(StringComparer.Ordinal);
        // Stratify by topic and tone so the held-out part mirrors the label mix of both heads.
        foreach (var stratum in all.GroupBy(a => (a.Topic, a.Tone)))
        {
            var target = (int)Math.Round(stratum.Count() * fraction, MidpointRounding.AwayFromZero);
            var alreadyHeld = stratum.Count(a => heldIds.Contains(a.Id));
            var candidates = stratum
                .Where(a => !heldIds.Contains(a.Id))
                .OrderBy(a => StableRank(a.Id), StringComparer.Ordinal)
                .Take(Math.Max(0, target - alreadyHeld));
            toMove.UnionWith(candidates.Select(a => a.Id));
        }

        foreach (var (file, articles) in training)
        {
            var moving = articles.Where(a => toMove.Contains(a.Id)).ToArray();
            if (moving.Length == 0)
            {
                continue;
            }

            LabelledCsvWriter.Write(Path.Combine(articlesDirectory, file), articles.Where(a => !toMove.Contains(a.Id)));
            var heldList = held.GetValueOrDefault(file) ?? [];
            LabelledCsvWriter.Write(Path.Combine(holdoutDirectory, file), heldList.Concat(moving).OrderBy(a => a.Id, StringComparer.Ordinal));
        }

        var heldOut = held.Values.Sum(l => l.Count) + toMove.Count;
        return new Result(toMove.Count, heldOut, all.Length - heldOut);
    }

    // Hash order is arbitrary but stable: the same ids are chosen on every machine and every run.
    private static string StableRank(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));

    private static Dictionary<string, List<LabelledArticle>> ReadByFile(string directory)
    {
        var byFile = new Dictionary<string, List<LabelledArticle>>(StringComparer.Ordinal);
        if (!Directory.Exists(directory) || Directory.GetFiles(directory, "*.csv").Length == 0)
        {
            return byFile;
        }

        foreach (var article in new TrainingDataReader().Read([directory]).Articles)
        {
            var file = Path.GetFileName(article.Location.File);
            if (!byFile.TryGetValue(file, out var list))
            {
                byFile[file] = list = [];
            }

            list.Add(article);
        }

        return byFile;
    }
}
