using Microsoft.AspNetCore.Http;

namespace Classifier.Hosting.Http;

/// <summary>RFC 9457 problem bodies for everything the service refuses, so a client always gets JSON that says why.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail, string? id = null) =>
        Create(StatusCodes.Status400BadRequest, "Invalid article", detail, id);

    public static IResult TooLarge(string detail) =>
        Create(StatusCodes.Status413PayloadTooLarge, "Request too large", detail);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"expected application/json, got {contentType ?? "no content type"}");

    private static IResult Create(int status, string title, string detail, string? id = null) =>
        Results.Problem(
            detail: detail,
            statusCode: status,
            title: title,
            extensions: id is null ? null : new Dictionary<string, object?> { ["id"] = id });
}
