using Microsoft.AspNetCore.Http.Features;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>The path as the client sent it. The server decodes every escape in a path but %2F (a "/" there would split a
/// segment), and decodes "%252F" to "%2F" as well: a path with a "%" in it, as the server gives it, can stand for two
/// addresses, such as /browse/author/Reuters%2FAFP (Reuters/AFP) and /browse/author/Reuters%252FAFP (a name written
/// "Reuters%2FAFP").</summary>
public static class SentPaths
{
    /// <summary>The path as sent, still escaped; null when the server does not keep it (the test server does not).</summary>
    public static string? Of(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target ? target.Split('?', 2)[0] : null;

    /// <summary>Tells apart, for a cache key, the paths the server's path alone does not.</summary>
    public static string KeyOf(HttpRequest request) =>
        request.Path.Value?.Contains('%', StringComparison.Ordinal) == true ? Of(request) ?? "" : "";
}
