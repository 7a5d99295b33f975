using Microsoft.AspNetCore.Diagnostics;

namespace PolicyArchive.Web.Pages.Shared;

/// <summary>The address of the page the reader asked for, path and query: on an error page shown in its place (a 404
/// re-executed as /error/404, an exception handled by /error), the address they asked for, so that the language switch
/// leads back to it rather than to the error page.</summary>
public static class PageAddress
{
    public static string Of(HttpContext http)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
            return reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        if (http.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
            return failed.Path + http.Request.QueryString;
        return http.Request.Path + http.Request.QueryString;
    }
}
