using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Pages.Documents;

public sealed class DocumentPageTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private async Task<(string Url, IHtmlDocument Page)> OpenNewDocumentAsync(PolicyArchive.Core.Editorial.DocumentDraft draft)
    {
        var d = await ReaderDocuments.AddAsync(factory, draft);
        var url = $"/d/{d.PublicId}/{d.Slug}";
        return (url, await factory.CreateClient().GetDocumentAsync(url));
    }

    [Fact]
    public async Task Reference_manager_meta_tags_describe_the_document()
    {
        var (url, page) = await OpenNewDocumentAsync(ReaderDocuments.Draft("Les contrôles à l'exportation des puces", tags: ["export controls"]));
        string[] Meta(string name) => page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToArray();

        Assert.Equal(["Les contrôles à l'exportation des puces"], Meta("citation_title"));
        Assert.Equal(["Jeanne Autrice", "Paul Auteur"], Meta("citation_author"));
        Assert.Equal(["2025/05/09"], Meta("citation_publication_date"));
        Assert.Equal(["fr"], Meta("citation_language"));
        Assert.Equal(["Les contrôles à l'exportation des puces"], Meta("DC.title"));
        Assert.Equal(["2025-05-09"], Meta("DC.date"));
        Assert.Equal("http://localhost" + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Article", jsonLd.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Les contrôles à l'exportation des puces", jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2025-05-09", jsonLd.RootElement.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task The_page_shows_the_metadata_a_reader_expects()
    {
        var (_, page) = await OpenNewDocumentAsync(ReaderDocuments.Draft("Note sur les semi-conducteurs", tags: ["chips"]));
        var meta = page.QuerySelector("dl.meta")!.TextContent;
        Assert.Contains("Jeanne Autrice", meta, StringComparison.Ordinal);
        Assert.Contains("Le Grand Continent", meta, StringComparison.Ordinal);
        Assert.Contains("9 May 2025", meta, StringComparison.Ordinal);
        Assert.Contains("exact day", meta, StringComparison.Ordinal);
        Assert.Contains("https://example.org/source", meta, StringComparison.Ordinal);
        Assert.Contains("retrieved", meta, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{64}", page.QuerySelector("code.sha")!.TextContent);
        Assert.Equal("/browse/tag/chips", page.QuerySelector("ul.tags a[rel=tag]")!.GetAttribute("href"));
        Assert.Equal("fr", page.QuerySelector("article .body")!.GetAttribute("lang"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Cite_this_works_without_javascript()
    {
        var (_, page) = await OpenNewDocumentAsync(ReaderDocuments.Draft("Un texte à citer"));
        var line = page.QuerySelector("#citation-line")!.TextContent;
        Assert.StartsWith("Jeanne Autrice, Paul Auteur. “Un texte à citer”. Le Grand Continent", line, StringComparison.Ordinal);
        Assert.Contains("@online{pa-", page.QuerySelector("#cite-bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("TY  - ELEC", page.QuerySelector("#cite-ris")!.TextContent, StringComparison.Ordinal);
        // The copy buttons only appear when the script runs; without it the text is there to select.
        Assert.Equal(4, page.QuerySelectorAll("button.copy").Length);
        Assert.All(page.QuerySelectorAll("button.copy"), b => Assert.True(b.HasAttribute("hidden")));
        var script = page.QuerySelector("script[src^='/js/copy.js']")!.GetAttribute("src")!;
        Assert.Contains("?v=", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_title_with_script_cannot_escape_the_json_ld()
    {
        var (_, page) = await OpenNewDocumentAsync(ReaderDocuments.Draft("</script><script>alert(1)</script>"));
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.DoesNotContain(scripts, s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("</script><script>alert(1)</script>", jsonLd.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Author_names_with_markup_are_shown_as_text()
    {
        var draft = ReaderDocuments.Draft("Auteurs piégés") with { Authors = ["<b onmouseover=alert(1)>Eve</b>", "Zoé"] };
        var (_, page) = await OpenNewDocumentAsync(draft);
        var links = page.QuerySelectorAll("dl.meta a[href^='/browse/author/']").ToList();
        Assert.Equal(["<b onmouseover=alert(1)>Eve</b>", "Zoé"], links.Select(a => a.TextContent));
        Assert.Null(page.QuerySelector("dl.meta b"));
    }

    [Fact]
    public async Task Passages_in_another_language_carry_their_lang()
    {
        var body = "Premier paragraphe en français.\n\n美国的出口管制政策影响了芯片行业。\n\nDernier paragraphe en français.";
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Texte mêlé", body));
        // The editor's form stores one passage; ingestion finds more. Set them as ingestion would.
        await SetPassagesAsync(d.Id, [(0, 33, "fr"), (33, 20, "zh"), (53, body.Length - 53, "fr")]);

        var page = await factory.CreateClient().GetDocumentAsync($"/d/{d.PublicId}/{d.Slug}");
        var paragraphs = page.QuerySelectorAll("article .body p").ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal("zh", paragraphs[1].GetAttribute("lang"));
        Assert.Null(paragraphs[0].GetAttribute("lang"));
        Assert.Null(paragraphs[2].GetAttribute("lang"));
    }

    [Fact]
    public async Task A_sentence_in_another_language_inside_a_paragraph_gets_its_own_lang()
    {
        const string french = "- perspectives d'avenir : ";
        const string chinese = "作者认为严格的出口管制是关键。";
        var body = french + chinese + " Fin de la ligne.";
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Phrase mêlée", body));
        await SetPassagesAsync(d.Id, [(0, french.Length, "fr"), (french.Length, chinese.Length, "zh"), (french.Length + chinese.Length, body.Length - french.Length - chinese.Length, "fr")]);

        var page = await factory.CreateClient().GetDocumentAsync($"/d/{d.PublicId}/{d.Slug}");
        var item = page.QuerySelector("article .body li")!;
        Assert.Null(item.GetAttribute("lang"));
        var span = Assert.Single(item.QuerySelectorAll("span[lang]").ToList());
        Assert.Equal("zh", span.GetAttribute("lang"));
        Assert.Equal(chinese, span.TextContent);
        Assert.Equal("perspectives d'avenir : " + chinese + " Fin de la ligne.", item.TextContent);
    }

    [Fact]
    public async Task A_list_item_mostly_in_another_language_is_marked_on_the_item()
    {
        const string french = "- perspectives : ";
        const string chinese = "作者认为严格的出口管制是阻止中国获得数百万芯片的关键。";
        var body = "- premier point en français\n" + french + chinese;
        var offset = body.Length - french.Length - chinese.Length;
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Liste mêlée", body));
        await SetPassagesAsync(d.Id, [(0, offset + french.Length, "fr"), (offset + french.Length, chinese.Length, "zh")]);

        var page = await factory.CreateClient().GetDocumentAsync($"/d/{d.PublicId}/{d.Slug}");
        var items = page.QuerySelectorAll("article .body li").ToList();
        Assert.Null(items[0].GetAttribute("lang"));
        Assert.Equal("zh", items[1].GetAttribute("lang"));
        Assert.Equal("fr", items[1].QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("perspectives : ", items[1].QuerySelector("span[lang]")!.TextContent);
    }

    [Fact]
    public async Task Long_texts_get_a_table_of_contents()
    {
        var body = "## Contexte\n\nTexte.\n\n## Les puces\n\nTexte.\n\n### H800\n\nTexte.\n\n## Conclusion\n\nFin.";
        var (_, page) = await OpenNewDocumentAsync(ReaderDocuments.Draft("Un long texte", body));
        var links = page.QuerySelectorAll("nav.toc a").ToList();
        Assert.Equal(["Contexte", "Les puces", "H800", "Conclusion"], links.Select(a => a.TextContent));
        foreach (var a in links)
            Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Cite_downloads_parse_back_to_the_document()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Téléchargements de citation"));
        var client = factory.CreateClient();

        var bib = await client.GetAsync($"/d/{d.PublicId}/cite.bib");
        Assert.Equal(HttpStatusCode.OK, bib.StatusCode);
        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", bib.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bibText = await bib.Content.ReadAsStringAsync();
        Assert.Contains("title = {Téléchargements de citation}", bibText, StringComparison.Ordinal);
        Assert.Contains("author = {{Autrice}, Jeanne and {Auteur}, Paul}", bibText, StringComparison.Ordinal);

        var ris = await client.GetStringAsync($"/d/{d.PublicId}/cite.ris");
        Assert.Contains("TI  - Téléchargements de citation\r\n", ris, StringComparison.Ordinal);
        Assert.Contains($"UR  - http://localhost/d/{d.PublicId}/{d.Slug}?rev=1\r\n", ris, StringComparison.Ordinal);

        using var csl = JsonDocument.Parse(await client.GetStringAsync($"/d/{d.PublicId}/cite.json"));
        Assert.Equal("Téléchargements de citation", csl.RootElement[0].GetProperty("title").GetString());
        Assert.Equal([2025, 5, 9], csl.RootElement[0].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(x => x.GetInt32()));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/d/zzzzzzzz/cite.bib")).StatusCode);
    }

    [Fact]
    public async Task An_old_revision_is_shown_as_it_was_and_marked_as_not_the_latest()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Titre d'origine", "Premier texte."));
        await AddRevisionAsync(d.Id, "Titre corrigé", "Texte corrigé.");
        var client = factory.CreateClient();

        var latest = await client.GetDocumentAsync($"/d/{d.PublicId}/{d.Slug}");
        Assert.Null(latest.QuerySelector(".old-revision"));

        var old = await client.GetDocumentAsync($"/d/{d.PublicId}/{d.Slug}?rev=1");
        Assert.Equal("Titre d'origine", old.QuerySelector("h1")!.TextContent);
        Assert.Contains("Premier texte.", old.QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);
        var banner = old.QuerySelector(".old-revision")!;
        Assert.Contains("not the latest", banner.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{d.PublicId}/{d.Slug}", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.EndsWith("?rev=1", old.QuerySelector("meta[name=citation_public_url]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("cite.bib?rev=1", old.QuerySelector("ul.downloads a")!.GetAttribute("href"), StringComparison.Ordinal);

        var bib = await client.GetStringAsync($"/d/{d.PublicId}/cite.bib?rev=1");
        Assert.Contains("title = {Titre d'origine}", bib, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/d/{d.PublicId}/{d.Slug}?rev=9")).StatusCode);
    }

    private async Task SetPassagesAsync(int documentId, (int Start, int Length, string Language)[] passages)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyArchive.Core.Documents.ArchiveDbContext>();
        db.Passages.RemoveRange(db.Passages.Where(p => p.DocumentId == documentId));
        await db.SaveChangesAsync();
        db.Passages.AddRange(passages.Select((p, i) => new PolicyArchive.Core.Documents.Passage { DocumentId = documentId, Ordinal = i, Start = p.Start, Length = p.Length, Language = p.Language }));
        await db.SaveChangesAsync();
        // A change to the store ends in a change-log entry; the indexer takes it in and drops cached pages.
        await IndexWait.ForStoreAsync(factory.Services);
    }

    /// <summary>A second revision, saved the way an edit saves one (document row mirrors the latest, revision appended).</summary>
    private async Task AddRevisionAsync(int documentId, string title, string body)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyArchive.Core.Documents.ArchiveDbContext>();
        var d = await db.Documents.Include(x => x.Authors).Include(x => x.Tags).ThenInclude(t => t.Tag).SingleAsync(x => x.Id == documentId);
        d.Title = title;
        d.Body = body;
        d.RevisionNumber = 2;
        d.ConcurrencyVersion++;
        d.UpdatedAt = DateTime.UtcNow;
        d.Revisions.Add(PolicyArchive.Core.Documents.RevisionFactory.Snapshot(d, "editor@archive.test", "corrected", "title, body", d.UpdatedAt));
        await db.SaveChangesAsync();
        await IndexWait.ForStoreAsync(factory.Services);
    }
}
