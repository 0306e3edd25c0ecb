using System.Security.Cryptography;
using System.Text;
using Classifier.Training.Data;

namespace Classifier.Training.Corpus;

/// <summary>Keeps a fixed, stratified share of the authored corpus in a held-out directory that no shipped model
/// trains on. Articles move from <c>data/articles/X.csv</c> to <c>data/holdout/X.csv</c>, never back, so the
/// held-out set only grows as the corpus grows. The unit is the event (<see cref="EventTable"/>): every retelling of
/// a held-out event is held out with it, so no test article has a training twin.</summary>
public static class HoldoutSplit
{
    public sealed record Result(int Moved, int HeldOut, int Training);

    public static Result Apply(string articlesDirectory, string holdoutDirectory, double fraction) =>
        Apply(articlesDirectory, holdoutDirectory, fraction, EventTable.Empty);

    public static Result Apply(string articlesDirectory, string holdoutDirectory, double fraction, EventTable events)
    {
        Directory.CreateDirectory(holdoutDirectory);
        var training = ReadByFile(articlesDirectory);
        var held = ReadByFile(holdoutDirectory);
        var all = training.Values.SelectMany(x => x).Concat(held.Values.SelectMany(x => x)).ToArray();
        var heldIds = held.Values.SelectMany(x => x).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var toMove = new HashSet<string>(StringComparer.Ordinal);
        var members = all.GroupBy(a => events.KeyOf(a.Id)).ToDictionary(g => g.Key, g => g.Select(a => a.Id).ToArray(), StringComparer.Ordinal);
        var heldEvents = all.Where(a => heldIds.Contains(a.Id)).Select(a => events.KeyOf(a.Id)).ToHashSet(StringComparer.Ordinal);

        // An event already held out takes its training retellings with it.
        toMove.UnionWith(all.Where(a => !heldIds.Contains(a.Id) && heldEvents.Contains(events.KeyOf(a.Id))).Select(a => a.Id));

        // Stratify by topic and tone so the held-out part mirrors the label mix of both heads; an event moves whole.
        foreach (var stratum in all.GroupBy(a => (a.Topic, a.Tone)))
        {
            var target = (int)Math.Round(stratum.Count() * fraction, MidpointRounding.AwayFromZero);
            var heldInStratum = stratum.Count(a => heldIds.Contains(a.Id) || toMove.Contains(a.Id));
            foreach (var candidate in stratum.Where(a => !heldIds.Contains(a.Id) && !toMove.Contains(a.Id)).OrderBy(a => StableRank(a.Id), StringComparer.Ordinal))
            {
                if (heldInStratum >= target)
                {
                    break;
                }

                var eventMembers = members[events.KeyOf(candidate.Id)];
                toMove.UnionWith(eventMembers);
                heldInStratum += stratum.Count(a => eventMembers.Contains(a.Id) && !heldIds.Contains(a.Id));
            }
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

    /// <summary>Whether an article was read from a held-out directory (named <c>holdout</c>).</summary>
    public static bool IsHeldOut(LabelledArticle article) =>
        Path.GetFileName(Path.GetDirectoryName(article.Location.File)) == "holdout";

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
