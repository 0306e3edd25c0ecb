using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Classifier.Hosting.Http;

/// <summary>What <c>GET /metrics</c> reports, in the Prometheus text format: requests by route and status, latency
/// per route, articles scored and refused, and how many articles got each label, region, topic and tone.</summary>
public sealed class ServiceMetrics
{
    private readonly ConcurrentDictionary<(string Route, int Status), long> _requests = new();
    private readonly ConcurrentDictionary<string, LatencyHistogram> _latency = new();
    private readonly ConcurrentDictionary<(string Kind, string Value), long> _labels = new();
    private long _articles;
    private long _articleErrors;

    public void ObserveRequest(string route, int status, double seconds)
    {
        _requests.AddOrUpdate((route, status), 1, (_, n) => n + 1);
        _latency.GetOrAdd(route, _ => new LatencyHistogram()).Observe(seconds);
    }

    public void ObserveArticle(Articles.Classification result)
    {
        Interlocked.Increment(ref _articles);
        Count("label", result.Label);
        Count("region", result.Region);
        Count("topic", result.Topic);
        Count("tone", result.ToneClass);
    }

    public void ObserveArticleError() => Interlocked.Increment(ref _articleErrors);

    public string Render(int modelReloads)
    {
        var text = new StringBuilder();
        Header(text, "classifier_http_requests_total", "counter", "HTTP requests by route and status code.");
        foreach (var ((route, status), count) in _requests.OrderBy(p => p.Key.Route, StringComparer.Ordinal).ThenBy(p => p.Key.Status))
        {
            text.Append(CultureInfo.InvariantCulture, $"classifier_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {count}\n");
        }

        Header(text, "classifier_http_request_duration_seconds", "histogram", "HTTP request latency by route.");
        foreach (var (route, histogram) in _latency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (cumulative, count, sum) = histogram.Snapshot();
            for (var i = 0; i < cumulative.Length; i++)
            {
                var bound = i < LatencyHistogram.Bounds.Length ? LatencyHistogram.Bounds[i].ToString(CultureInfo.InvariantCulture) : "+Inf";
                text.Append(CultureInfo.InvariantCulture, $"classifier_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative[i]}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"classifier_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}\n");
            text.Append(CultureInfo.InvariantCulture, $"classifier_http_request_duration_seconds_count{{route=\"{route}\"}} {count}\n");
        }

        Header(text, "classifier_articles_scored_total", "counter", "Articles scored.");
        text.Append(CultureInfo.InvariantCulture, $"classifier_articles_scored_total {Interlocked.Read(ref _articles)}\n");
        Header(text, "classifier_article_errors_total", "counter", "Articles refused (invalid input), alone or inside a batch.");
        text.Append(CultureInfo.InvariantCulture, $"classifier_article_errors_total {Interlocked.Read(ref _articleErrors)}\n");
        Header(text, "classifier_articles_by_label_total", "counter", "Articles scored, by output field (label, region, topic, tone) and value.");
        foreach (var ((kind, value), count) in _labels.OrderBy(p => p.Key.Kind, StringComparer.Ordinal).ThenBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"classifier_articles_by_label_total{{field=\"{kind}\",value=\"{value}\"}} {count}\n");
        }

        Header(text, "classifier_model_reloads_total", "counter", "Times a new model bundle was loaded while running.");
        text.Append(CultureInfo.InvariantCulture, $"classifier_model_reloads_total {modelReloads}\n");
        return text.ToString();
    }

    private void Count(string kind, string value) => _labels.AddOrUpdate((kind, value), 1, (_, n) => n + 1);

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n");
}
