using Classifier.Articles;
using Classifier.Hosting.Models;
using Classifier.Hosting.Monitoring;
using Prometheus;

namespace Classifier.Hosting.Http;

/// <summary>What <c>GET /metrics</c> reports: requests by route and status, latency per route, and the scoring
/// counts every host shares (<see cref="ScoringMetrics"/>). Each service has its own registry.</summary>
public sealed class ServiceMetrics
{
    // Scoring one article takes about a millisecond; a batch of hundreds, a second or so.
    private static readonly double[] s_latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter _requests;
    private readonly Histogram _latency;

    public ServiceMetrics(ModelHolder model)
    {
        var factory = Metrics.WithCustomRegistry(Registry);
        _requests = factory.CreateCounter("classifier_http_requests_total", "HTTP requests by route and status code.", "route", "status");
        _latency = factory.CreateHistogram(
            "classifier_http_request_duration_seconds",
            "HTTP request latency by route.",
            new HistogramConfiguration { LabelNames = ["route"], Buckets = s_latencyBuckets });
        Scoring = new ScoringMetrics(Registry, model);
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public ScoringMetrics Scoring { get; }

    public void ObserveRequest(string route, int status, double seconds)
    {
        _requests.WithLabels(route, status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
        _latency.WithLabels(route).Observe(seconds);
    }

    public void ObserveArticle(Classification result) => Scoring.ObserveArticle(result);

    public void ObserveArticleError() => Scoring.ObserveArticleError();
}
