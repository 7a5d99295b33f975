using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>After every page handler that wrote to the store: waits (bounded) until this process's index has taken the
/// change in, so the editor's next search finds it; past the wait the page says "searchable in a moment", never an error.
/// A store that cannot be written answers with a clear message instead of a 500; nothing half-saved stays (one transaction).</summary>
public sealed class ArchiveWriteFilter(ArchiveChanges changes, IOptions<IndexerOptions> options, ITempDataDictionaryFactory tempData,
    ArchiveHealth health, ILogger<ArchiveWriteFilter> logger) : IAsyncPageFilter
{
    public const string NoticeKey = "ArchiveNotice";
    public const string SearchableSoon = "Saved. Search will find this change in a moment.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return;
        if (executed.Exception is { } ex && !executed.ExceptionHandled && ArchiveHealth.IsStoreWriteFailure(ex))
        {
            logger.LogError(ex, "A save failed because the store cannot be written");
            executed.ExceptionHandled = true;
            executed.Result = StoreUnavailable(ArchiveHealth.Describe(ex));
            return;
        }
        if (http.RequestServices.GetService<ArchiveDbContext>() is not { LastChangeSequence: { } sequence }) return;
        if (!await changes.WaitUntilSearchableAsync(sequence, options.Value.SaveWait, http.RequestAborted))
            tempData.GetTempData(http)[NoticeKey] = SearchableSoon;
    }

    private ContentResult StoreUnavailable(string why)
    {
        var message = HtmlEncoder.Default.Encode("Nothing was saved: " + why + ". Go back to keep what you typed, and save again once editing is available.");
        var banner = health.EditingUnavailable is { } unavailable ? $"<p role=\"alert\">{HtmlEncoder.Default.Encode(unavailable)}</p>" : "";
        return new ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/html; charset=utf-8",
            Content = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not saved · PolicyArchive</title>"
                + $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><h1>Not saved</h1>"
                + $"<p class=\"message\" role=\"alert\">{message}</p>{banner}<p>Your browser's Back button returns to the form with what you typed.</p></main></body></html>",
        };
    }
}
