using Classifier.Articles;
using Classifier.Hosting.Monitoring;
using Prometheus;

namespace Classifier.Hosting.Tests.Monitoring;

public sealed class ScoringMetricsTests
{
    [Fact]
    public async Task Label_values_are_escaped_in_the_exposition_text()
    {
        var registry = Metrics.NewCustomRegistry();
        var metrics = new ScoringMetrics(registry, model: null);

        // A model's class names are data: a quote, a backslash or a newline in one must not break the format.
        metrics.ObserveArticle(new Classification
        {
            Label = "odd \"label\"\\with\nnewline",
            Region = "r",
            Regions = [],
            Countries = [],
            Topic = "t",
            TopicScores = [],
            Tone = "n",
            ToneClass = "neutral",
            ToneScores = [],
        });
        using var text = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(text);
        var exposition = System.Text.Encoding.UTF8.GetString(text.ToArray());

        Assert.Contains("classifier_articles_by_label_total{field=\"label\",value=\"odd \\\"label\\\"\\\\with\\nnewline\"} 1", exposition, StringComparison.Ordinal);
        Assert.DoesNotContain("classifier_model_reloads_total", exposition, StringComparison.Ordinal);
    }
}
