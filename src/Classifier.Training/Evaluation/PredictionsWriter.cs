using System.Text;
using System.Text.Json;
using Classifier.Articles;
using Classifier.Taxonomy;
using Classifier.Training.Data;
using Classifier.Wire;

namespace Classifier.Training.Evaluation;

/// <summary>evaluate --predictions: one JSON line per evaluated row, in input order, with the id, the gold labels,
/// the predictions and every head's scores, so errors can be read and joined back to the data.</summary>
public static class PredictionsWriter
{
    public static void Write(string path, IReadOnlyList<LabelledArticle> articles, IReadOnlyList<Classification> predictions)
    {
        if (articles.Count != predictions.Count)
        {
            throw new ArgumentException($"{predictions.Count} predictions for {articles.Count} articles.", nameof(predictions));
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < articles.Count; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(Line(articles[i], predictions[i]), JsonOutput.Compact));
        }
    }

    public static PredictionLine Line(LabelledArticle article, Classification predicted) => new(
        article.Id,
        article.Source,
        new GoldLabels(article.PrimaryRegion, article.Regions, article.Countries, article.Topic, article.Tone,
            article.Tone is null ? null : Labels.CoarseToneOf(article.Tone)),
        predicted,
        new RowCorrectness(
            Same(article.PrimaryRegion, predicted.Region),
            Same(article.Topic, predicted.Topic),
            Same(article.Tone, predicted.ToneClass),
            article.Tone is null ? null : Labels.CoarseToneOf(article.Tone) == predicted.Tone));

    // Null when the row has no gold label for the head, or the bundle no head for it.
    private static bool? Same(string? gold, string predicted) =>
        gold is null || predicted.Length == 0 ? null : gold == predicted;
}

/// <summary>One line of <c>--predictions</c>: <c>predicted</c> is exactly what <c>score</c> would emit.</summary>
public sealed record PredictionLine(string Id, string Source, GoldLabels Gold, Classification Predicted, RowCorrectness Correct);

public sealed record GoldLabels(
    string? Region,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Countries,
    string? Topic,
    string? Tone,
    string? CoarseTone);

public sealed record RowCorrectness(bool? Region, bool? Topic, bool? Tone, bool? CoarseTone);
