using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Api;

/// <summary>The API's contract in one place: the bounds of its integer parameters (checked before binding, so a value out
/// of range is a 400 problem, never a quiet page 1, and written into the OpenAPI document), the problem+json errors, and
/// the responses every operation documents. /api/search is the exception: its URL is read by the search URL binder, as
/// the results page, the feed and the exports read it, so it means the same in all four.</summary>
public static class ApiContract
{
    public sealed record Bound(long Min, long Max);

    private static readonly Bound s_page = new(1, 1_000_000);
    private static readonly Bound s_searchPage = new(1, SearchRequest.MaxPage);
    private static readonly Bound s_pageSize = new(1, ArchiveApi.MaxPageSize);
    private static readonly Bound s_year = new(1, 9999);
    private static readonly Bound s_number = new(1, int.MaxValue);

    /// <summary>The bound of an integer parameter of the operation at <paramref name="path"/>, or null when it is not one.</summary>
    public static Bound? BoundOf(string path, string parameter) => parameter switch
    {
        "page" => path.StartsWith("/api/search", StringComparison.Ordinal) ? s_searchPage : s_page,
        "pageSize" => s_pageSize,
        "year" => s_year,
        "number" or "rev" => s_number,
        _ => null,
    };

    /// <summary>Before routing and binding: an integer parameter that is not an integer in its range answers 400 problem+json.</summary>
    public static async Task CheckBoundsAsync(HttpContext http, Func<Task> next)
    {
        var path = http.Request.Path.Value ?? "";
        // The results page takes page=-1 or year=abc (page 1; a year that finds nothing): the API, on the same URL, too.
        // The bounds stay in the OpenAPI document as the values that mean something.
        if (http.Request.Path.StartsWithSegments("/api/search"))
        {
            await next();
            return;
        }
        foreach (var (name, values) in http.Request.Query)
        {
            if (BoundOf(path, name) is not { } bound) continue;
            foreach (var value in values)
            {
                if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= bound.Min && n <= bound.Max) continue;
                await Results.ValidationProblem(
                    new Dictionary<string, string[]> { [name] = [string.Create(CultureInfo.InvariantCulture, $"{name} is a whole number from {bound.Min} to {bound.Max}.")] },
                    detail: string.Create(CultureInfo.InvariantCulture, $"The parameter {name} must be a whole number from {bound.Min} to {bound.Max}."),
                    title: "A parameter is out of range").ExecuteAsync(http);
                return;
            }
        }
        await next();
    }

    /// <summary>Integer parameters typed integer (not integer-or-string) with their bounds; every operation lists 400 and 429
    /// when it can answer them, and every documented error is problem+json.</summary>
    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var path = "/" + (context.Description.RelativePath ?? "").Split('?')[0];
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (BoundOf(path, parameter.Name ?? "") is not { } bound) continue;
                var integer = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = bound.Max > int.MaxValue ? "int64" : "int32",
                    Minimum = bound.Min.ToString(CultureInfo.InvariantCulture),
                    Maximum = bound.Max.ToString(CultureInfo.InvariantCulture),
                };
                parameter.Schema = parameter.Schema?.Type is { } t && t.HasFlag(JsonSchemaType.Array)
                    ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = integer }
                    : integer;
            }
            return Task.CompletedTask;
        });
    }

    public static IResult NotFound(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>410 for a withdrawn or deleted document (<see cref="GoneDocuments"/>): the problem carries the document's
    /// title, status, reason and date.</summary>
    public static IResult Gone(GoneDocument gone)
    {
        var reason = gone.Reason.Length == 0 ? null : gone.Reason;
        return Results.Problem(detail: $"The document '{gone.PublicId}' was {gone.Status.ToLowerInvariant()}" + (reason is null ? "." : $": {reason}"),
            statusCode: StatusCodes.Status410Gone, title: "Gone",
            extensions: new Dictionary<string, object?> { ["id"] = gone.PublicId, ["documentTitle"] = gone.Title, ["documentStatus"] = gone.Status, ["reason"] = reason, ["at"] = gone.At });
    }

    /// <summary>The answer for <paramref name="id"/> when no published document has it: 410 when it was withdrawn or
    /// deleted, else 404 with <paramref name="notFound"/>.</summary>
    public static async Task<IResult> GoneOrNotFoundAsync(ArchiveDbContext db, string id, string notFound, CancellationToken ct) =>
        await GoneDocuments.FindAsync(db, id, ct) is { } gone ? Gone(gone) : NotFound(notFound);

    /// <summary>The errors every API operation can answer: a bad parameter and too many requests.</summary>
    public static TBuilder WithCommonProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
