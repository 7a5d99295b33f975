using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PolicyArchive.Web.Pages.Errors;

/// <summary>The page shown in place of another that failed (a status re-executed here, an exception handled). Asked
/// for directly, /error/500 is no error of the reader's page: it is no page at all, and answers 404.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The archive could not answer this request. Please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var shownInstead = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!shownInstead)
        {
            code = StatusCodes.Status404NotFound;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no page at this address. If you followed a permalink, check that it was copied whole."),
            410 => ("Gone", "What was at this address has been withdrawn or deleted from the archive."),
            405 => ("Method not allowed", "This address does not answer this kind of request."),
            403 => ("Not allowed", "Your account may not open this page."),
            429 => ("Too many requests", "Please wait a minute before trying again."),
            400 => ("Bad request", "The request could not be read."),
            _ => (Heading, Explanation),
        };
    }
}
