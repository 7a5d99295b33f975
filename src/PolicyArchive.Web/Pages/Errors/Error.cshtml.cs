using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PolicyArchive.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The archive could not answer this request. Please try again.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Not found", "There is no page at this address. If you followed a permalink, check that it was copied whole."),
            403 => ("Not allowed", "Your account may not open this page."),
            429 => ("Too many requests", "Please wait a minute before trying again."),
            400 => ("Bad request", "The request could not be read."),
            _ => (Heading, Explanation),
        };
    }
}
