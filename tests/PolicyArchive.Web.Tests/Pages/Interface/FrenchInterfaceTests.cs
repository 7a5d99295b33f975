using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Interface;

/// <summary>An editor working in French walks every page of the archive, public and editorial, logged in as an
/// administrator, and meets no English: the text they see (document content, marked with its language or as
/// <c>translate="no"</c>, left out) holds none of the interface's English sentences and none of a list of English words.</summary>
public sealed partial class FrenchInterfaceTests(ArchiveAppFactory app) : IClassFixture<ArchiveAppFactory>
{
    // English words that French interface text never holds (no French homographs: "on", "or", "a", "an", "page",
    // "document", "date", "source", "note", "action", "original", "concept" are left out on purpose; so is "tag", the
    // search operator the French help and form name as it is typed).
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "with", "by", "is", "are", "this", "that", "from", "for", "was", "were", "has", "have", "been",
        "your", "you", "not", "can", "will", "which", "there", "here", "when", "what", "where", "who", "how", "all", "only", "more",
        "other", "any", "each", "every", "its", "it", "be", "in", "at", "into",
        "search", "browse", "edit", "save", "delete", "revision", "revisions", "previous", "next", "changes", "compare", "title",
        "language", "author", "authors", "tags", "result", "results", "filter", "filters", "merge", "rename", "remove", "add",
        "added", "saved", "history", "older", "entries", "editor", "editors", "account", "accounts", "password", "email", "preview",
        "withdraw", "withdrawn", "reinstate", "order", "relevance", "newest", "oldest", "also", "searched", "mark", "checked", "flag",
        "flags", "duplicates", "key", "terms", "label", "lock", "unlock", "locked", "role", "status", "name", "created", "updated",
        "published", "side", "translation", "paragraphs", "aligned", "alignment", "correct", "home", "contents", "copy", "cite",
        "feed", "year", "month", "day", "given", "unknown", "retrieved", "permalink", "found", "nothing", "shown", "value", "field",
    };

    // The interface's English sentences that have a French translation: none may be shown as they are.
    private static readonly IReadOnlyList<string> EnglishSentences = XDocument.Load(Path.Combine(RepoPaths.Root, "src/PolicyArchive.Web/Resources/SharedResource.fr.resx"))
        .Root!.Elements("data")
        .Select(d => (Key: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? ""))
        .Where(d => d.Key != d.Value && d.Key.Contains(' ', StringComparison.Ordinal) && d.Key.Length >= 12 && !d.Key.Contains('{', StringComparison.Ordinal))
        .Select(d => d.Key).ToList();

    [Fact]
    public async Task Every_page_an_editor_opens_in_French_is_in_French()
    {
        var client = await app.LoggedInClientAsync();
        var (original, translation) = await TranslationPair.AddAsync(client, " (walk)");
        // A second revision, a collection and a correction: the pages that list them have something to show.
        var edit = await EditorSteps.EditPageAsync(client, $"/d/{translation}/x");
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(client, edit, "#save", new Dictionary<string, string> { ["Input.Title"] = "Sur les contrôles à l'exportation, relu", ["Input.Note"] = "relecture" })).StatusCode);
        var collections = await PageForms.GetAsync(client, "/admin/collections");
        var created = await PageForms.SubmitAsync(client, collections, "#create-collection", new Dictionary<string, string> { ["Title"] = "Dossier puces", ["Introduction"] = "Les textes sur les puces." });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var collection = created.Headers.Location!.ToString();
        var seed = await SeedDocuments.IdOfSeedAsync(client, "003_");

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        string[] pages =
        [
            "/", "/documents", "/browse/tag", "/browse/tag/deepseek", "/browse/publication", "/browse/author", "/browse/language",
            "/browse/language/fr", "/browse/year", "/search", "/search?q=export%20controls", "/search?q=export%20controls&expand=off",
            "/search?q=Deepsek", "/search?q=puces%20apr%C3%A8s%3Azz&sort=newest", "/search?q=%22", "/search/help", "/api", "/collections",
            "/collections/dossier-puces", "/tags/deepseek", "/account/denied", "/account/login", "/account/logout", "/d/zzzzzzzz",
            $"/d/{seed}", $"/d/{translation}", $"/d/{translation}?rev=1", $"/d/{original}", $"/d/{translation}/revisions",
            $"/d/{translation}/compare?a=1&b=2", $"/d/{translation}/compare?a=1&b=9", $"/d/{translation}/side-by-side",
            "/admin", "/admin/documents/new", $"/admin/documents/{translation}/edit", $"/admin/documents/{seed}/edit", "/admin/tags",
            "/admin/collections", collection, "/admin/duplicates", "/admin/duplicates?p=9", "/admin/thesaurus", "/admin/thesaurus?q=export",
            "/admin/thesaurus/new", "/admin/thesaurus/export-controls/edit", "/admin/accounts", "/admin/audit", "/account", "/admin/searches",
            $"/admin/alignments/{translation}/{original}",
        ];
        var problems = new List<string>();
        foreach (var url in pages)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect)
                response = await client.GetAsync(response.Headers.Location!.ToString());
            var page = await PageForms.ParseAsync(response);
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            problems.AddRange(EnglishOn(page).Select(p => $"{url}: {p}"));
        }

        // Forms sent back with mistakes: the messages too are in French.
        var empty = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, await PageForms.GetAsync(client, "/admin/documents/new"), "#save",
            new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Body"] = "", ["Input.Date"] = "mai" }));
        Assert.Contains(empty.QuerySelectorAll(".error"), e => e.TextContent.Trim().Length > 0);
        problems.AddRange(EnglishOn(empty).Select(p => "new document with mistakes: " + p));
        var badAlignment = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, await PageForms.GetAsync(client, $"/admin/alignments/{translation}/{original}"),
            "#save-alignment", new Dictionary<string, string> { ["Rows"] = "1 = 1\ndeux = 2" }));
        Assert.Contains("Ligne 2", badAlignment.Text("#rows-error"), StringComparison.Ordinal);
        problems.AddRange(EnglishOn(badAlignment).Select(p => "alignment with mistakes: " + p));
        var badTag = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, await PageForms.GetAsync(client, "/admin/tags"), "tr[data-tag='deepseek'] button.rename",
            new Dictionary<string, string> { ["name"] = "" }));
        problems.AddRange(EnglishOn(badTag).Select(p => "tag rename with mistakes: " + p));

        // The suggested citation is left out of the walk for the document's own title and names, but its own words follow the interface.
        var permalink = await client.GetAsync($"/d/{translation}");
        var cited = await PageForms.ParseAsync(await client.GetAsync(permalink.Headers.Location!.ToString()));
        var line = cited.QuerySelector("#citation-line")!.TextContent;
        Assert.Matches(@"PolicyArchive, révision 2\. http://localhost/d/[0-9a-z]{8}/[^ ]+\?rev=2 \(version du \d{1,2} [a-zéû]+ \d{4}\)\.$", line);

        Assert.True(problems.Count == 0, "English in the French interface:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_search_notice_and_also_searched_concept_is_in_French()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        _ = PolicyArchive.Core.Search.Lexicon.CrossLanguageLexicon.Shared;
        // Each query and a piece of the French sentence its page must show.
        (string Query, string Expected)[] queries =
        [
            ("\"chips", "Il manquait un guillemet fermant"),
            ("chips OR", "OR demande un terme de chaque côté"),
            ("NOT", "NOT à la fin de la requête a été ignoré : rien ne le suit. Il ne restait rien à chercher."),
            ("chips site:x", "n'est pas un champ que la recherche connaît"),
            ("chips site:x", "contiennent tous les mots"),
            ("site:chips", "n'est pas un champ que la recherche connaît"),
            ("chips lang:klingon", "n'est pas une langue"),
            ("chips after:2025-13", "n'est pas une date"),
            ("a* chips", "est trop court pour une recherche par début de mot"),
            ("lang: chips", "demande une valeur"),
            ("OR", "Il ne restait rien à chercher."),
        ];
        var problems = new List<string>();
        foreach (var (query, expected) in queries)
        {
            var page = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
            var notices = page.QuerySelectorAll("p.message, .search-notes li.notice").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains(notices, n => n.Contains(expected, StringComparison.Ordinal));
            // What the researcher typed, quoted back « like this », and the operators as typed are theirs, not English.
            foreach (var notice in notices)
                problems.AddRange(EnglishIn(Regex.Replace(notice, "«[^»]*»|\\b(NOT|OR)\\b", "")).Select(p => $"{query}: {p} in “{notice}”"));
            problems.AddRange(PolicyArchive.Core.Search.SearchMessages.All.Select(m => m.Split('{')[0]).Where(m => m.Length > 8)
                .Where(m => notices.Any(n => n.Contains(m, StringComparison.Ordinal))).Select(m => $"{query}: “{m}”"));
        }
        Assert.True(problems.Count == 0, "English among the search notices:\n" + string.Join("\n", problems));

        // A concept of the thesaurus is named in French; the dictionaries are the interface's word.
        var chips = await client.GetDocumentAsync("/search?q=chips");
        Assert.Equal("puces", chips.QuerySelector("li.also-searched span.expansion.thesaurus .concept")!.TextContent);
        var smuggling = await client.GetDocumentAsync("/search?q=smuggling");
        Assert.Equal("dictionnaires", smuggling.QuerySelector("li.also-searched span.expansion.dictionary .concept")!.TextContent);
    }

    [Fact]
    public void Every_search_sentence_has_its_French_translation()
    {
        // The sentences the query parser and the search write are translated from one list; none may lack its French.
        var keys = XDocument.Load(Path.Combine(RepoPaths.Root, "src/PolicyArchive.Web/Resources/SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(PolicyArchive.Core.Search.SearchMessages.All, m => !keys.Contains(m));
    }

    [Fact]
    public async Task The_walk_finds_English_where_the_interface_is_English()
    {
        // The same check on the English interface must complain, or the French walk proves nothing.
        var client = await app.LoggedInClientAsync();
        foreach (var url in new[] { "/admin", "/search?q=export%20controls", "/admin/duplicates" })
            Assert.NotEmpty(EnglishOn(await PageForms.ParseAsync(await client.GetAsync(url))));
    }

    /// <summary>English the reader of this page sees: the page's text and its titles, labels and placeholders, with the
    /// documents' own text (elements marked with a language or translate="no", code, citations) left out.</summary>
    private static List<string> EnglishOn(IDocument page)
    {
        var body = (IElement)page.Body!.Clone(deep: true);
        foreach (var e in body.QuerySelectorAll("[lang], [translate=no], code, pre, textarea, script, style, .citation-line, .body").ToList())
            e.Remove();
        var texts = new List<string> { page.Title ?? "", body.TextContent };
        foreach (var e in body.QuerySelectorAll("[title], [aria-label], [placeholder], [alt]"))
            texts.AddRange(new[] { "title", "aria-label", "placeholder", "alt" }.Select(a => e.GetAttribute(a) ?? ""));
        return EnglishIn(string.Join("\n", texts));
    }

    private static List<string> EnglishIn(string shown)
    {
        var text = Regex.Replace(shown, @"\s+", " ");
        var found = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            if (!EnglishWords.Contains(m.Value.ToLowerInvariant())) continue;
            var from = Math.Max(0, m.Index - 40);
            found.Add($"“{m.Value}” in …{text[from..Math.Min(text.Length, m.Index + m.Length + 40)]}…");
        }
        found.AddRange(EnglishSentences.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(s => $"“{s}”"));
        return found;
    }

    // Whole words only: not the halves of "l'archive" or "search-help", nor the parts of a path such as /search/help.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’/-])\p{L}+(?![\p{L}\p{N}'’/-])")]
    private static partial Regex Word();
}
