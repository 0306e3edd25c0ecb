using Classifier.Articles;
using Classifier.Hosting.Models;
using Prometheus;

namespace Classifier.Hosting.Monitoring;

/// <summary>What every host reports about scoring, whatever the transport: articles scored and refused, how many got
/// each label, region, topic and tone, and the model's reloads and refused replacements. Registered in the host's own
/// <see cref="CollectorRegistry"/>, so that two hosts in one process (as in the tests) never share counts.</summary>
public sealed class ScoringMetrics
{
    private readonly Counter _articles;
    private readonly Counter _articleErrors;
    private readonly Counter _byLabel;

    public ScoringMetrics(CollectorRegistry registry, ModelHolder? model)
    {
        var factory = Metrics.WithCustomRegistry(registry);
        _articles = factory.CreateCounter("classifier_articles_scored_total", "Articles scored.");
        _articleErrors = factory.CreateCounter("classifier_article_errors_total", "Articles refused (invalid input or a scoring failure), alone or inside a batch.");
        _byLabel = factory.CreateCounter(
            "classifier_articles_by_label_total", "Articles scored, by output field (label, region, topic, tone) and value.", "field", "value");
        if (model is not null)
        {
            var reloads = factory.CreateCounter("classifier_model_reloads_total", "Times a new model bundle was loaded while running.");
            var failures = factory.CreateCounter(
                "classifier_model_reload_failures_total", "Replacement bundles refused while running (did not load, or another shape); each counts once.");
            registry.AddBeforeCollectCallback(() =>
            {
                reloads.IncTo(model.Reloads);
                failures.IncTo(model.ReloadFailures);
            });
        }
    }

    public void ObserveArticle(Classification result)
    {
        _articles.Inc();
        _byLabel.WithLabels("label", result.Label).Inc();
        _byLabel.WithLabels("region", result.Region).Inc();
        _byLabel.WithLabels("topic", result.Topic).Inc();
        _byLabel.WithLabels("tone", result.ToneClass).Inc();
    }

    public void ObserveArticleError() => _articleErrors.Inc();
}
