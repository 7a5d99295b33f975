using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Editorial;

public sealed class RelationsAndRevisionsTests
{
    [Fact]
    public async Task Relations_are_returned_both_ways_with_the_label_for_each_side()
    {
        await using var archive = await TempArchive.CreateAsync();
        var essay = await archive.AddAsync("The case for export controls", "An essay in English about chips and export controls.", "en");
        var translation = await archive.AddAsync("Plaidoyer pour les contrôles", "Une traduction commentée en français.");
        var reply = await archive.AddAsync("Réponse à l'appel", "Un article qui répond à l'appel aux contrôles.");
        var sameDay = await archive.AddAsync("Le même sommet", "Un autre compte rendu du même sommet.");
        await using (var db = archive.Store())
        {
            var relations = new RelationEditor(db, TimeProvider.System);
            await relations.AddAsync(translation.PublicId, essay.PublicId, RelationType.TranslationOf, null, "tests");
            await relations.AddAsync(translation.PublicId, essay.PublicId, RelationType.CommentaryOn, "notes du traducteur", "tests");
            await relations.AddAsync(reply.PublicId, $"https://archive.example/d/{essay.PublicId}/the-case", RelationType.RespondsTo, null, "tests");
            await relations.AddAsync(sameDay.PublicId, reply.PublicId, RelationType.SameEventAs, null, "tests");
        }

        await using var read = archive.Store();
        var query = new DocumentRelationsQuery(read);
        var ofEssay = await query.ForAsync(essay.PublicId);
        Assert.Equal(
            [("Translated as", "Plaidoyer pour les contrôles"), ("Responses", "Réponse à l'appel"), ("Commentaries", "Plaidoyer pour les contrôles")],
            ofEssay.Items.Select(i => (i.Label, i.Title)));
        var ofTranslation = await query.ForAsync(translation.PublicId);
        Assert.Equal(["Translation of", "Commentary on"], ofTranslation.Items.Select(i => i.Label));
        Assert.Equal("notes du traducteur", ofTranslation.Items[1].Note);
        // SameEventAs reads the same from both ends.
        Assert.Equal("Same event as", Assert.Single((await query.ForAsync(reply.PublicId)).Items, i => i.Type == RelationType.SameEventAs).Label);
        Assert.Equal("Same event as", Assert.Single((await query.ForAsync(sameDay.PublicId)).Items).Label);
    }

    [Fact]
    public async Task Same_event_recorded_from_the_other_end_is_refused_as_already_recorded()
    {
        await using var archive = await TempArchive.CreateAsync();
        var a = await archive.AddAsync("A", "Texte A sur le sommet.");
        var b = await archive.AddAsync("B", "Texte B sur le sommet.");
        await using var db = archive.Store();
        var relations = new RelationEditor(db, TimeProvider.System);
        await relations.AddAsync(a.PublicId, b.PublicId, RelationType.SameEventAs, null, "tests");
        var e = await Assert.ThrowsAsync<EditorialException>(() => relations.AddAsync(b.PublicId, a.PublicId, RelationType.SameEventAs, null, "tests"));
        Assert.Equal("target", e.Field);
    }

    [Fact]
    public async Task Update_from_an_outdated_version_throws_a_conflict_and_writes_nothing()
    {
        await using var archive = await TempArchive.CreateAsync();
        var d = await archive.AddAsync("Titre", "Corps initial.");
        var draft = new DocumentDraft("Titre", "Corps modifié.", "fr", [], null, PartialDate.Unknown, null, []);
        await using (var db = archive.Store())
            Assert.NotNull(await archive.Editor(db).UpdateAsync(d.PublicId, d.ConcurrencyVersion, draft, "premier", null));
        await using (var db = archive.Store())
        {
            var e = await Assert.ThrowsAsync<EditConflictException>(() =>
                archive.Editor(db).UpdateAsync(d.PublicId, d.ConcurrencyVersion, draft with { Body = "Autre corps." }, "second", null));
            Assert.Equal(2, e.CurrentRevision);
            Assert.Contains("premier", e.Message);
        }
        await using var check = archive.Store();
        var stored = await check.Documents.Include(x => x.Revisions).SingleAsync(x => x.PublicId == d.PublicId);
        Assert.Equal("Corps modifié.", stored.Body);
        Assert.Equal([1, 2], stored.Revisions.Select(r => r.Number).Order());
        Assert.Equal("body", stored.Revisions.Single(r => r.Number == 2).ChangeSummary);
    }

    [Fact]
    public async Task Changing_authors_and_tags_of_a_stored_document_keeps_one_row_each_and_records_what_changed()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using (var db = archive.Store())
        {
            var created = await archive.Editor(db).CreateAsync(new DocumentDraft("T", "Corps.", "fr", ["A", "B"], null, PartialDate.Unknown, null, ["puces", "Chine"]), "tests", null);
            await using var db2 = archive.Store();
            var updated = await archive.Editor(db2).UpdateAsync(created.PublicId, created.ConcurrencyVersion,
                new DocumentDraft("T", "Corps.", "fr", ["B"], null, PartialDate.Unknown, null, ["Chine", "export"]), "tests", null);
            Assert.NotNull(updated);
            Assert.Equal("authors, tags", updated.Revisions.Single(r => r.Number == 2).ChangeSummary);
        }
        await using var check = archive.Store();
        var d = await check.Documents.Include(x => x.Authors).Include(x => x.Tags).ThenInclude(t => t.Tag).SingleAsync();
        Assert.Equal(["B"], d.Authors.Select(a => a.Name));
        Assert.Equal(["chine", "export"], d.Tags.Select(t => t.Tag.Slug).Order());
    }

    // The store removes control characters and a zero-width character shows nothing: such a name passed the
    // IsNullOrWhiteSpace check and became a tag named nothing, recorded among the tags the editor entered.
    [Fact]
    public async Task A_draft_tag_that_shows_nothing_is_no_tag()
    {
        await using var archive = await TempArchive.CreateAsync();
        string[] typed = ["puces", "\u200B", "\u0001\u0002", " \u2060 \u0001 "];
        await using (var db = archive.Store())
        {
            var created = await archive.Editor(db).CreateAsync(new DocumentDraft("T", "Corps.", "fr", [], null, PartialDate.Unknown, null, typed), "tests", null);
            await using var db2 = archive.Store();
            var updated = await archive.Editor(db2).UpdateAsync(created.PublicId, created.ConcurrencyVersion,
                new DocumentDraft("T", "Corps.", "fr", [], null, PartialDate.Unknown, null, [.. typed, "Chine"]), "tests", null);
            Assert.NotNull(updated);
        }
        await using var check = archive.Store();
        Assert.Equal(["Chine", "puces"], await check.Tags.Select(t => t.Name).OrderBy(n => n).ToListAsync());
        var d = await check.Documents.Include(x => x.Tags).ThenInclude(t => t.Tag).Include(x => x.Provenance).SingleAsync();
        Assert.Equal(["chine", "puces"], d.Tags.Select(t => t.Tag.Slug).Order());
        Assert.All(d.Provenance.Where(p => p.Field == DocumentFields.Tags), p => Assert.DoesNotContain('\u200B', p.Value ?? ""));
        Assert.Equal("Chine; puces", d.Provenance.Single(p => p.Field == DocumentFields.Tags && p.Source == FieldSource.Entered).Value);
    }
}
