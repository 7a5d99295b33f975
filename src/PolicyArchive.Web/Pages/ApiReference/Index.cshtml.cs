using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Pages.ApiReference;

/// <summary>The API reference, read from the app's own endpoints, so it cannot drift from what is served.
/// The machine-readable form is /openapi/v1.json.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ApiReferenceModel(EndpointDataSource endpoints) : PageModel
{
    public IReadOnlyList<IGrouping<string, Entry>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Where(e => e.Metadata.GetMetadata<IEndpointSummaryMetadata>() is not null)
            .Select(e => new Entry(
                e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "Other",
                string.Join(", ", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]),
                "/" + e.RoutePattern.RawText?.TrimStart('/'),
                e.Metadata.GetMetadata<IEndpointSummaryMetadata>()!.Summary,
                e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Count > 0))
            .OrderBy(e => e.Group, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal)
            .GroupBy(e => e.Group)
            .ToList();
    }

    public sealed record Entry(string Group, string Methods, string Path, string Summary, bool NeedsLogin);
}
