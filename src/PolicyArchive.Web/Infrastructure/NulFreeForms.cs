using Microsoft.Net.Http.Headers;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>ASP.NET Core's reader of url-encoded forms refuses the whole form for one "%00" (a NUL) in any field, even an
/// unknown one ("The form value contains invalid characters"): the page answered a bare 400 and everything typed was lost.
/// A NUL means nothing in the archive's text (<see cref="Core.Documents.ArchiveText"/> removes it with the other control
/// characters), so it is left out of url-encoded bodies as they are read, and the form is handled as if it had not been
/// typed. A multipart form carries a NUL through as it is; the form's and the store's cleaning remove it there.</summary>
public static class NulFreeForms
{
    public static WebApplication UseNulFreeForms(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && IsUrlEncoded(http.Request.ContentType))
                http.Request.Body = new PercentNulFilterStream(http.Request.Body);
            return next();
        });
        return app;
    }

    private static bool IsUrlEncoded(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
