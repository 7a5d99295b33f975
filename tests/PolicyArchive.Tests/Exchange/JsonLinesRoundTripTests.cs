using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Exchange;

using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Exchange;

public sealed class JsonLinesRoundTripTests
{
    [Fact]
    public async Task Export_then_import_into_an_empty_archive_loses_nothing()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var first = await ExportAsync(source, includeWithdrawn: true);

        await using var target = await TempArchive.CreateAsync();
        ImportReport report;
        await using (var db = target.Store())
            report = await new JsonLinesImporter(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(first)));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((3, 1, 1), (report.DocumentsAdded, report.CollectionsAdded, report.TombstonesAdded));

        // The exporter writes every stored field, so the second export equals the first only if nothing was lost.
        var second = await ExportAsync(target, includeWithdrawn: true);
        Assert.Equal(first, second);

        await using var check = target.Store();
        var essay = await check.Documents.Include(d => d.Revisions).Include(d => d.Provenance).Include(d => d.Removals)
            .SingleAsync(d => d.PublicId == "essay234");
        Assert.Equal(["ingested", "title fixed"], essay.Revisions.OrderBy(r => r.Number).Select(r => r.Note));
        Assert.Equal(2, essay.Provenance.Count);
        Assert.Equal("Partager sur X", Assert.Single(essay.Removals).Text);
        Assert.Equal(5, essay.ConcurrencyVersion);
        var relation = await check.Relations.Include(r => r.From).Include(r => r.To).SingleAsync();
        Assert.Equal(("trans256", "essay234", RelationType.TranslationOf), (relation.From.PublicId, relation.To.PublicId, relation.Type));
        Assert.Equal(1, await check.Tags.CountAsync());
        var saved = await check.SavedSearches.SingleAsync();
        Assert.Equal(("Puces en 2025", "?q=puces&year=2025"), (saved.Name, saved.Query));
        var label = await check.TagLabels.SingleAsync();
        Assert.Equal(("fr", "contrôles à l'exportation"), (label.Language, label.Label));
        // Published documents are searchable in the target once its indexer follows the log; the withdrawn one is not.
        await target.IndexAsync();
        Assert.Equal(2, target.Index.DocumentCount);
    }

    [Fact]
    public async Task Every_document_field_appears_in_the_export()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var lines = (await ExportAsync(source, includeWithdrawn: true)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var essay = JsonDocument.Parse(lines[0]);
        var names = essay.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stored = typeof(Document).GetProperties().Select(p => p.Name)
            .Except(["Id", "PublishedDate"]).ToList();
        Assert.All(stored, field => Assert.Contains(field, names));
        Assert.Equal("document", essay.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Public_export_leaves_out_withdrawn_documents_and_links_to_them()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var text = await ExportAsync(source, includeWithdrawn: false);
        Assert.DoesNotContain("wdrawn78", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Puces en 2025", text, StringComparison.Ordinal);
        Assert.Contains("essay234", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_line_is_named_and_nothing_is_written()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var lines = (await ExportAsync(source, includeWithdrawn: true)).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Insert(1, "{\"kind\":\"document\",\"publicId\":\"bad\"");

        await using var target = await TempArchive.CreateAsync();
        await using var tdb = target.Store();
        var report = await new JsonLinesImporter(tdb).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        Assert.False(report.Succeeded);
        Assert.StartsWith("line 2:", Assert.Single(report.Errors), StringComparison.Ordinal);
        Assert.Equal(0, await tdb.Documents.CountAsync());
        Assert.Equal(0, await tdb.Collections.CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_twice_skips_what_is_already_there()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var bytes = Encoding.UTF8.GetBytes(await ExportAsync(source, includeWithdrawn: true));

        await using var db2 = source.Store();
        var report = await new JsonLinesImporter(db2).ImportAsync(new MemoryStream(bytes));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(0, report.DocumentsAdded);
        Assert.Equal(6, report.Skipped.Count);
        Assert.Contains("saved search \"Puces en 2025\" is already in the archive.", report.Skipped);
        Assert.Equal(3, await db2.Documents.CountAsync());
    }

    [Fact]
    public async Task A_link_to_an_unknown_document_is_refused()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var text = (await ExportAsync(source, includeWithdrawn: true)).Replace("\"to\":\"essay234\"", "\"to\":\"zzzzzzzz\"", StringComparison.Ordinal);

        await using var target = await TempArchive.CreateAsync();
        await using var tdb = target.Store();
        var report = await new JsonLinesImporter(tdb).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Contains(report.Errors, e => e.Contains("zzzzzzzz", StringComparison.Ordinal));
        Assert.Equal(0, await tdb.Documents.CountAsync());
    }

    // The store removes control characters, and zero-width ones show nothing: both passed the blank check as read and
    // the document was stored with a title that shows nothing.
    [Theory]
    [InlineData("\u0001\u0002")]
    [InlineData("\u200B\u2060")]
    [InlineData(" \u200B \u0001 ")]
    public async Task A_document_whose_title_shows_nothing_once_stored_is_refused(string title)
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var lines = (await ExportAsync(source, includeWithdrawn: true)).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = lines.FindIndex(l => l.Contains("\"publicId\":\"essay234\"", StringComparison.Ordinal));
        var essay = System.Text.Json.Nodes.JsonNode.Parse(lines[at])!;
        essay["title"] = title;
        lines[at] = essay.ToJsonString();

        await using var target = await TempArchive.CreateAsync();
        await using var tdb = target.Store();
        var report = await new JsonLinesImporter(tdb).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        // The translation's link to it is refused too, as a link to a document the file does not hold.
        Assert.Equal($"line {at + 1}: document essay234 has no title.", report.Errors[0]);
        Assert.Equal(0, await tdb.Documents.CountAsync());
    }

    [Fact]
    public async Task A_concept_whose_label_shows_nothing_once_stored_is_refused()
    {
        await using var source = await TempArchive.CreateAsync();
        await using (var db = source.Store()) await ExchangeSamples.FillAsync(db);
        var lines = (await ExportAsync(source, includeWithdrawn: true)).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines.Add("{\"kind\":\"concept\",\"key\":\"vide\",\"label\":\"\\u200B \\u0001\",\"terms\":[{\"language\":\"en\",\"text\":\"void\"}]}");

        await using var target = await TempArchive.CreateAsync();
        await using var tdb = target.Store();
        var report = await new JsonLinesImporter(tdb).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        Assert.Equal($"line {lines.Count}: a concept has no key or no label.", Assert.Single(report.Errors));
        Assert.Equal(0, await tdb.ThesaurusConcepts.CountAsync());
    }

    private static async Task<string> ExportAsync(TempArchive archive, bool includeWithdrawn)
    {
        await using var db = archive.Store();
        using var buffer = new MemoryStream();
        await new JsonLinesExporter(db).ExportAsync(buffer, includeWithdrawn);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
