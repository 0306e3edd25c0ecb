using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Classifier.Hosting.Http;

/// <summary>Times every request and counts it by route pattern (not raw path, which would let clients create
/// unbounded label sets) and status code.</summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, ServiceMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.ObserveRequest(route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
