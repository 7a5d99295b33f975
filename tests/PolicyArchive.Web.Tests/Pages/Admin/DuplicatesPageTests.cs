using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The possible-duplicates page a page at a time, and several flags checked at once through the real form.</summary>
public sealed class DuplicatesPageTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Fact]
    public async Task Flags_come_fifty_a_page_and_the_ticked_ones_are_checked_together()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var added = new List<string>();
        for (var i = 0; i < 12; i++)
            added.Add(EditorSteps.IdOf(await EditorSteps.AddByPasteAsync(editor, $"Reprise {i}", EditorSteps.UniqueBody("reprise"))));
        // Sixty flags between these twelve, as a long import leaves them (ingestion's own flagging is tested with the bulk import).
        await app.WithStoreAsync(async db =>
        {
            var ids = await db.Documents.Where(d => added.Contains(d.PublicId)).Select(d => d.Id).OrderBy(x => x).ToListAsync();
            var pairs = ids.SelectMany(x => ids.Where(y => y > x).Select(y => (x, y))).Take(60).ToList();
            for (var i = 0; i < pairs.Count; i++)
                db.DuplicateFlags.Add(new DuplicateFlag { DocumentId = pairs[i].y, OtherDocumentId = pairs[i].x, Similarity = 0.6, CreatedAt = DateTime.UtcNow.AddMinutes(-i) });
            return await db.SaveChangesAsync();
        });

        var first = await PageForms.GetAsync(editor, "/admin/duplicates");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Page 1 of 2", first.Text("nav.pager"), StringComparison.Ordinal);
        var second = await PageForms.GetAsync(editor, first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("There is no page 9", (await PageForms.GetAsync(editor, "/admin/duplicates?p=9")).Text("[role=status]"), StringComparison.Ordinal);

        var ticked = second.QuerySelectorAll("tbody tr").Take(3).Select(r => r.GetAttribute("data-flag")!).ToList();
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)second.QuerySelector("#bulk-resolve")!;
        foreach (var box in form.QuerySelectorAll("input[name=selected]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>())
            box.IsChecked = ticked.Contains(box.Value);
        var done = await PageForms.SubmitAsync(editor, second, "#resolve-selected");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await PageForms.FollowAsync(editor, done);
        Assert.Contains("3 flags marked as checked.", after.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Contains("57 open flags", after.Text("main"), StringComparison.Ordinal);
        Assert.Equal(3, await app.WithStoreAsync(db => db.DuplicateFlags.CountAsync(f => f.ResolvedAt != null)));
        Assert.Equal(3, await app.WithStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action == "duplicate.resolve")));

        // Nothing ticked: a message, nothing changed.
        var none = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, after, "#resolve-selected"));
        Assert.Contains("Tick the flags", none.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(3, await app.WithStoreAsync(db => db.DuplicateFlags.CountAsync(f => f.ResolvedAt != null)));
    }
}
