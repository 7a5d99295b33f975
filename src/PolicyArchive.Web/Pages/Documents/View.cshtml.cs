using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PolicyArchive.Core.Citations;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Similar;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Shared;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>The permalink. A wrong or old slug redirects (301) to the canonical URL; a withdrawn or deleted document
/// answers 410, never 404. <c>?rev=N</c> shows revision N as it was, marked as not the latest.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class ViewModel(
    IStringLocalizer<SharedResource> localizer,
    ArchiveDbContext db,
    DocumentBodyRenderer renderer,
    SearchService search,
    RevisionHistoryQuery revisions,
    DocumentRelationsQuery relations) : PageModel
{
    public Document? Document { get; private set; }
    public Reading? Shown { get; private set; }
    public CitationRecord? Citation { get; private set; }
    public IReadOnlyList<CollectionLink> Collections { get; private set; } = [];
    public IReadOnlyList<SimilarDocument> Similar { get; private set; } = [];
    public string BodyHtml { get; private set; } = "";
    public RevisionInfo? RevisionInfo { get; private set; }

    /// <summary>Set when an editor reads a revision of a withdrawn document, which readers cannot.</summary>
    public GoneDocument? Withdrawn { get; private set; }
    public IReadOnlyList<ProvenanceRow> Provenance { get; private set; } = [];
    public DocumentRelations? Relations { get; private set; }

    private IReadOnlyDictionary<string, Tag> TagsByName { get; set; } = new Dictionary<string, Tag>();

    /// <summary>A tag's address and its label in the interface language (an old revision's tag that no longer exists
    /// keeps its name and the address its name would have).</summary>
    public (string Href, string Label) TagLink(string name, CultureInfo culture) => TagsByName.TryGetValue(name, out var tag)
        ? (TagUrls.Page(tag.Slug), tag.LabelFor(culture.TwoLetterISOLanguageName))
        : (TagUrls.Page(Slugs.From(name)), name);

    /// <summary>The name of the file the text came from (a seed or an upload); null when it was typed into the form.</summary>
    public string? OriginFileName => Document?.Origin is { Length: > 0 } origin && origin != "form" ? Path.GetFileName(origin) : null;

    public async Task<IActionResult> OnGetAsync(string id, string? slug, int? rev, string? hl, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking()
            .WithIndexedParts()
            .SingleOrDefaultAsync(x => x.PublicId == id, ct);
        if (d is null)
            return await GoneDocuments.FindAsync(db, id, ct) is { } deleted ? GonePage.For(this, deleted) : NotFound();
        if (GoneDocuments.Of(d) is { } withdrawn)
        {
            // Its revisions are kept (the withdraw form promises it): editors read each at ?rev=N from the revision
            // history. The permalink itself, and everything for readers, is 410.
            if (rev is null || !User.IsEditor()) return GonePage.For(this, withdrawn);
            Withdrawn = withdrawn;
        }
        if (slug != d.Slug)
            return RedirectPermanent(DocumentUrls.Permalink(d) + Request.QueryString);

        // ?rev=abc, or a number no revision can have: a mistyped cited revision must not show another one.
        if (rev is null && Request.Query.ContainsKey("rev")) return NotFound();

        Document = d;
        var permalink = PublicUrls.Permalink(Request, d);
        if (rev is { } number && number != d.RevisionNumber)
        {
            var revision = await RevisionBodies.FindAsync(db, d.Id, number, ct);
            if (revision is null) return NotFound();
            Citation = CitationRecord.FromRevision(d, revision, permalink);
            // Passage offsets belong to the latest body, so an old text is marked with the document's language only.
            Shown = Reading.Of(Citation, renderer.Render(RevisionBodies.Text(revision), Citation.Language, []));
        }
        else
        {
            Citation = CitationRecord.FromDocument(d, permalink);
            Shown = Reading.Of(Citation, renderer.Render(d.Body, d.Language, d.Passages));
        }

        // Every paragraph gets its anchor and a "cite this passage" link to this revision; opened from a search result,
        // the result's words are marked in the text too.
        var anchored = PassageAnchors.Apply(Shown.Body.Html, Citation.CitedUrl.AbsoluteUri, localizer["Cite this passage"]);
        BodyHtml = BodyHighlighter.Apply(anchored, hl, search);
        Similar = search.MoreLikeThis(d.PublicId, 5);
        RevisionInfo = await revisions.InfoAsync(d.PublicId, ct);
        if (rev is null || rev == d.RevisionNumber)
            Provenance = ProvenanceRow.Of(await db.FieldProvenance.AsNoTracking().Where(p => p.DocumentId == d.Id).ToListAsync(ct));
        Relations = await relations.ForAsync(d.PublicId, ct);

        TagsByName = (await db.Tags.AsNoTracking().Include(t => t.Labels).ToListAsync(ct))
            .GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Collections = await db.Collections.AsNoTracking().Where(c => c.Items.Any(i => i.DocumentId == d.Id))
            .OrderBy(c => c.Title).Select(c => new CollectionLink(c.Slug, c.Title)).ToListAsync(ct);
        return Page();
    }

    /// <summary>Query suffix for the cite downloads, so they cite the revision on screen (and keep citing it once the
    /// document is revised).</summary>
    public string RevisionQuery => Citation is { } c ? "?rev=" + c.Revision.ToString(CultureInfo.InvariantCulture) : "";

    public sealed record CollectionLink(string Slug, string Title);

    public sealed record Reading(CitationRecord Meta, RenderedBody Body)
    {
        public static Reading Of(CitationRecord meta, RenderedBody body) => new(meta, body);
    }
}
