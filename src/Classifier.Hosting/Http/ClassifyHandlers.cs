using System.Text.Json;
using Classifier.Articles;
using Classifier.Explanations;
using Classifier.Wire;
using Classifier.Hosting.Models;
using Classifier.Hosting.Scoring;
using Classifier.Scoring;
using Microsoft.AspNetCore.Http;

namespace Classifier.Hosting.Http;

/// <summary>The two scoring endpoints. Bodies are read and parsed by hand so that any bad input, whatever its
/// shape, becomes a 400, 413 or 415 problem that says what is wrong, never a 500.</summary>
internal static class ClassifyHandlers
{
    public static async Task<IResult> ClassifyOneAsync(
        HttpContext context, ModelHolder model, ServiceOptions options, ServiceMetrics metrics, IsolatingScorer scorer)
    {
        var (body, refusal) = await ReadJsonBodyAsync(context, options).ConfigureAwait(false);
        if (refusal is not null)
        {
            metrics.ObserveArticleError();
            return refusal;
        }

        var article = WireInput.Parse(body);
        if (!article.IsValid)
        {
            metrics.ObserveArticleError();
            return Problems.BadRequest(article.Error!, article.Id);
        }

        if (ExplainRequested(body) is var (explain, explainError) && explainError is not null)
        {
            metrics.ObserveArticleError();
            return Problems.BadRequest(explainError, article.Id);
        }

        if (explain)
        {
            return Explain(model, metrics, article);
        }

        var classification = scorer.Score(model.Current, [article])[0];
        if (classification.Error is not null)
        {
            metrics.ObserveArticleError();
            return Problems.BadRequest(classification.Error, article.Id);
        }

        metrics.ObserveArticle(classification.Result!);
        return Results.Json(classification.Result, JsonOutput.Compact);
    }

    public static async Task<IResult> ClassifyBatchAsync(
        HttpContext context, ModelHolder model, ServiceOptions options, ServiceMetrics metrics, IsolatingScorer scorer)
    {
        var (body, refusal) = await ReadJsonBodyAsync(context, options).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        if (WireInput.Utf8Problem(body) is { } encoding)
        {
            return Problems.BadRequest($"the body is {encoding}");
        }

        List<ParsedArticle> articles;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("articles", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                return Problems.BadRequest("expected {\"articles\": [{\"id\",\"title\",\"text\"}, …]}");
            }

            var count = items.GetArrayLength();
            if (count == 0)
            {
                return Problems.BadRequest("\"articles\" is empty");
            }

            if (count > options.MaxBatchSize)
            {
                return Problems.TooLarge($"a batch of {count} articles exceeds the limit of {options.MaxBatchSize}; split it");
            }

            articles = [.. items.EnumerateArray().Select(WireInput.Read)];
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"invalid JSON: {e.Message}");
        }

        var scored = scorer.Score(model.Current, articles);
        var results = new List<object>(articles.Count);
        var errors = 0;
        foreach (var (article, (result, error)) in articles.Zip(scored))
        {
            if (result is not null)
            {
                metrics.ObserveArticle(result);
                results.Add(result);
            }
            else
            {
                metrics.ObserveArticleError();
                errors++;
                results.Add(new ScoreError(article.Id, null, error!));
            }
        }

        return Results.Json(new ClassifyBatchResponse(results, errors), JsonOutput.Compact);
    }

    // Explaining runs outside the isolating scorer, so a failure in it is caught here: one article's defect is its
    // own 400, as for scoring, never a 500.
    private static IResult Explain(ModelHolder model, ServiceMetrics metrics, ParsedArticle article)
    {
        try
        {
            var explanation = ArticleExplainers.For(model.Current).Explain(new Article(article.Id, article.Title, article.Text));
            metrics.ObserveArticle(explanation.Result);
            return Results.Json(explanation, JsonOutput.Compact);
        }
        catch (Exception e) when (RecoverableExceptions.IsRecoverable(e))
        {
            metrics.ObserveArticleError();
            return Problems.BadRequest($"explaining failed ({e.GetType().Name}): {e.Message}", article.Id);
        }
    }

    /// <summary>The optional <c>"explain"</c> flag of a single-article request (the body already parsed once as an
    /// article, so it is a JSON object).</summary>
    private static (bool Explain, string? Error) ExplainRequested(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return !document.RootElement.TryGetProperty("explain", out var flag) ? (false, null)
            : flag.ValueKind switch
            {
                JsonValueKind.True => (true, null),
                JsonValueKind.False or JsonValueKind.Null => (false, null),
                _ => (false, $"\"explain\" must be true or false, not {flag.GetRawText()}"),
            };
    }

    private static async Task<(byte[] Body, IResult? Refusal)> ReadJsonBodyAsync(HttpContext context, ServiceOptions options)
    {
        var contentType = context.Request.ContentType;
        if (contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ([], Problems.UnsupportedMediaType(contentType));
        }

        var read = await BodyReader.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (read.TooLarge)
        {
            return ([], Problems.TooLarge($"the body exceeds the limit of {options.MaxBodyBytes} bytes"));
        }

        return read.Body!.Length == 0 ? ([], Problems.BadRequest("the body is empty; send a JSON article")) : (read.Body, null);
    }
}
