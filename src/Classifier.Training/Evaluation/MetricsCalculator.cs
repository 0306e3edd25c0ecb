using Classifier.Bundles;
using Classifier.Taxonomy;

namespace Classifier.Training.Evaluation;

public static class MetricsCalculator
{
    /// <summary>Builds the report from gold and predicted class indices (positions in <paramref name="labels"/>).</summary>
    public static ClassificationReport Compute(string head, LabelSet labels, IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predictions.", nameof(predicted));
        }

        var n = labels.Count;
        var confusion = new int[n][];
        for (var i = 0; i < n; i++)
        {
            confusion[i] = new int[n];
        }

        var correct = 0;
        var abstained = 0;
        var supports = new int[n];
        for (var i = 0; i < gold.Count; i++)
        {
            supports[gold[i]]++;
            if (predicted[i] < 0)
            {
                // An abstention ("unknown" region) is a miss for accuracy and recall, and no class's prediction.
                abstained++;
                continue;
            }

            confusion[gold[i]][predicted[i]]++;
            if (gold[i] == predicted[i])
            {
                correct++;
            }
        }

        var perClass = new List<ClassMetrics>(n);
        var f1Sum = 0.0;
        var present = 0;
        for (var c = 0; c < n; c++)
        {
            var tp = confusion[c][c];
            var support = supports[c];
            var predictedCount = confusion.Sum(row => row[c]);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = F1(precision, recall);
            perClass.Add(new ClassMetrics(labels[c], precision, recall, f1, support));
            if (support > 0)
            {
                f1Sum += f1;
                present++;
            }
        }

        return new ClassificationReport
        {
            Head = head,
            Classes = labels.Ids,
            Rows = gold.Count,
            Accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count,
            MacroF1 = present == 0 ? 0 : f1Sum / present,
            PerClass = perClass,
            Confusion = confusion,
            Abstained = abstained,
        };
    }

    /// <summary>Micro-averaged F1 of predicted label sets against gold label sets (e.g. the regions field).</summary>
    public static double MicroF1<T>(IReadOnlyList<IReadOnlyCollection<T>> gold, IReadOnlyList<IReadOnlyCollection<T>> predicted)
    {
        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i].ToHashSet();
            var p = predicted[i].ToHashSet();
            var hit = p.Count(g.Contains);
            tp += hit;
            fp += p.Count - hit;
            fn += g.Count - hit;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return F1(precision, recall);
    }

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
