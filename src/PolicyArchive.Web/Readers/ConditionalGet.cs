using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PolicyArchive.Web.Readers;

/// <summary>ETags and If-None-Match for the read-only API: a client that already has the current version gets 304.</summary>
public static class ConditionalGet
{
    /// <summary>A weak ETag from the values that change whenever the answer does (e.g. UpdatedAt and the concurrency version).</summary>
    public static EntityTagHeaderValue ETagOf(params object?[] parts)
    {
        var text = string.Join('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
        return new EntityTagHeaderValue($"\"{hash}\"", isWeak: true);
    }

    /// <summary>Sets ETag and Cache-Control; true when the client's copy is current and the caller should answer 304.</summary>
    public static bool IsNotModified(HttpContext http, EntityTagHeaderValue etag, int maxAgeSeconds = 60)
    {
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(maxAgeSeconds) };
        var sent = http.Request.GetTypedHeaders().IfNoneMatch;
        return sent.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    public static IResult NotModified() => Results.StatusCode(StatusCodes.Status304NotModified);
}
