using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The thesaurus admin pages, through their real forms, and what a researcher's search then does with the edits.</summary>
public sealed class ThesaurusTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public ThesaurusTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Concept_added_by_an_administrator_expands_searches_until_its_term_is_removed()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var (typed, other, third) = (MadeUpWord("zq"), MadeUpWord("vl"), MadeUpWord("kx"));
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Note sur un mot inventé", EditorSteps.UniqueBody($"le {other} en question"));
        var documentId = EditorSteps.IdOf(permalink);
        Assert.DoesNotContain(documentId, HitIds(await SearchAsync(admin, typed)));

        var label = "Invented concept " + typed;
        var list = await PageForms.FollowAsync(admin, await AddConceptAsync(admin, label, $"fr: {typed}\nen: {other}"));
        Assert.Contains($"Concept “{label}” added with 2 terms.", list.Text("[role=status]"));
        var key = list.QuerySelectorAll("tr[data-key]").Single(r => r.TextContent.Contains(label, StringComparison.Ordinal)).GetAttribute("data-key")!;
        Assert.Equal($"invented-concept-{typed}", key);

        var found = await SearchAsync(admin, typed);
        Assert.Contains(documentId, HitIds(found));
        var expansion = Assert.Single(found.GetProperty("alsoSearched").EnumerateArray());
        Assert.Equal(typed, expansion.GetProperty("matched").GetString());
        Assert.Equal(label, expansion.GetProperty("concept").GetString());
        Assert.Equal([other], expansion.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal($"{key}: {label} (2 terms)", await LastAuditAsync("thesaurus.create", key));

        var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{key}/edit");
        Assert.Equal($"fr: {typed}\nen: {other}", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)edit.QuerySelector("#Input_Terms")!).Value.ReplaceLineEndings("\n"));
        var saved = await PageForms.SubmitAsync(admin, edit, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = $"fr: {typed}\nfr: {third}" });
        Assert.Contains($"Concept “{label}” saved.", (await PageForms.FollowAsync(admin, saved)).Text("[role=status]"));

        var after = await SearchAsync(admin, typed);
        Assert.DoesNotContain(documentId, HitIds(after));
        Assert.Equal([third], Assert.Single(after.GetProperty("alsoSearched").EnumerateArray()).GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal($"{key}: -en: {other}; +fr: {third}", await LastAuditAsync("thesaurus.update", key));
    }

    [Fact]
    public async Task Bad_input_gets_messages_next_to_its_fields_and_changes_nothing()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var word = MadeUpWord("bd");
        var key = "bad-input-" + word;
        await PageForms.FollowAsync(admin, await AddConceptAsync(admin, "Bad input " + word, $"fr: {word}", key));
        var auditBefore = await _app.WithStoreAsync(db => db.AuditEntries.CountAsync());

        var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{key}/edit");
        var response = await PageForms.SubmitAsync(admin, edit, "#save-concept", new Dictionary<string, string>
        {
            ["Input.Label"] = "  ",
            ["Input.Key"] = "Not A Slug",
            ["Input.Terms"] = $"fr: {word}\nnot a code: terme\nde:\nfr: {word.ToUpperInvariant()}\nen: {new string('a', 201)}\n???\nEU: AI Act\nqq: {word}x\nzz-ZZ: {word}y",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Equal("Give the concept a label.", page.Text("#label-error"));
        Assert.Contains("lower-case letters, digits and single hyphens", page.Text("#key-error"), StringComparison.Ordinal);
        Assert.Equal(
        [
            NotALanguage(2, "not a code"),
            "Line 3: the term after “de:” is missing.",
            $"Line 4: “{word.ToUpperInvariant()}” is already on line 1.",
            "Line 5: a term has at most 200 characters (this one has 201).",
            // Codes of the right shape but no language of the archive's: "EU:" is no Basque term.
            NotALanguage(7, "EU"),
            NotALanguage(8, "qq"),
            NotALanguage(9, "zz-ZZ"),
            "Line 6: “???” has no word a search can match.",
        ], page.QuerySelectorAll("#terms-error li").Select(li => li.TextContent.Trim()));
        Assert.Contains("not a code: terme", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)page.QuerySelector("#Input_Terms")!).Value, StringComparison.Ordinal);

        var stored = await _app.WithStoreAsync(db => db.ThesaurusConcepts.Include(c => c.Terms).SingleAsync(c => c.Key == key));
        Assert.Equal("Bad input " + word, stored.Label);
        Assert.Equal([word], stored.Terms.Select(t => t.Text));
        Assert.Equal(auditBefore, await _app.WithStoreAsync(db => db.AuditEntries.CountAsync()));

        var duplicate = await PageForms.ParseAsync(await AddConceptAsync(admin, "Another label", $"en: {MadeUpWord("dk")}", key));
        Assert.Equal($"Another concept already has the key “{key}”.", duplicate.Text("#key-error"));
        var taken = await PageForms.ParseAsync(await AddConceptAsync(admin, "Third label " + word, $"fr: {word}s"));
        Assert.Equal($"Line 1: “{word}s” already names the concept “Bad input {word}” ({key}).", taken.Text("#terms-error li"));
        Assert.Equal(0, await _app.WithStoreAsync(db => db.ThesaurusConcepts.CountAsync(c => c.Label == "Another label" || c.Label == "Third label " + word)));
    }

    [Fact]
    public async Task Renaming_to_a_taken_key_with_a_taken_term_names_both_clashes_and_changes_nothing()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var (first, second) = (MadeUpWord("ra"), MadeUpWord("rb"));
        var (firstKey, secondKey) = ("rename-first-" + first, "rename-second-" + second);
        await PageForms.FollowAsync(admin, await AddConceptAsync(admin, "Rename first " + first, $"fr: {first}", firstKey));
        await PageForms.FollowAsync(admin, await AddConceptAsync(admin, "Rename second " + second, $"fr: {second}", secondKey));

        var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{secondKey}/edit");
        var response = await PageForms.SubmitAsync(admin, edit, "#save-concept", new Dictionary<string, string>
        {
            ["Input.Key"] = firstKey,
            ["Input.Terms"] = $"fr: {second}\nfr: {first}",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Equal($"Another concept already has the key “{firstKey}”.", page.Text("#key-error"));
        Assert.Equal([$"Line 2: “{first}” already names the concept “Rename first {first}” ({firstKey})."],
            page.QuerySelectorAll("#terms-error li").Select(li => li.TextContent.Trim()));

        var stored = await _app.WithStoreAsync(db => db.ThesaurusConcepts.Include(c => c.Terms).Where(c => c.Key == firstKey || c.Key == secondKey)
            .OrderBy(c => c.Key).Select(c => c.Key + "=" + string.Join(",", c.Terms.Select(t => t.Text))).ToListAsync());
        Assert.Equal([$"{firstKey}={first}", $"{secondKey}={second}"], stored);
    }

    [Fact]
    public async Task Delete_needs_the_confirmation_then_the_concept_no_longer_expands_searches()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var (typed, other) = (MadeUpWord("dl"), MadeUpWord("rm"));
        var key = "to-delete-" + typed;
        await PageForms.FollowAsync(admin, await AddConceptAsync(admin, "To delete", $"{typed}\nja: {other}", key));
        Assert.Single((await SearchAsync(admin, typed)).GetProperty("alsoSearched").EnumerateArray());

        var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{key}/edit");
        var unconfirmed = await PageForms.ParseAsync(await PageForms.SubmitAsync(admin, edit, "#delete-button"));
        Assert.Equal("Tick the box to confirm the deletion.", unconfirmed.Text("#delete-concept .error"));
        Assert.True(await _app.WithStoreAsync(db => db.ThesaurusConcepts.AnyAsync(c => c.Key == key)));

        var deleted = await PageForms.SubmitAsync(admin, unconfirmed, "#delete-button", new Dictionary<string, string> { ["deleteConfirm"] = "true" });
        var list = await PageForms.FollowAsync(admin, deleted);
        Assert.Equal("Concept “To delete” deleted: its terms no longer expand searches.", list.Text("[role=status]"));
        Assert.Null(list.QuerySelector($"tr[data-key='{key}']"));
        Assert.Empty((await SearchAsync(admin, typed)).GetProperty("alsoSearched").EnumerateArray());
        Assert.Equal($"{key}: To delete (2 terms: {typed}, {other})", await LastAuditAsync("thesaurus.delete", key));
    }

    [Fact]
    public async Task Editor_sees_and_filters_the_thesaurus_but_cannot_change_it()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var word = MadeUpWord("ed");
        var key = "editor-view-" + word;
        await PageForms.FollowAsync(admin, await AddConceptAsync(admin, "Editor view " + word, $"fr: {word}\nzh: 出口{word}", key));

        var editor = await EditorSteps.LoggedInAsync(_app);
        Assert.NotNull((await PageForms.GetAsync(editor, "/admin")).QuerySelector("nav.admin-nav a[href='/admin/thesaurus']"));
        var filtered = await PageForms.GetAsync(editor, "/admin/thesaurus?q=" + Uri.EscapeDataString("出口" + word));
        var row = Assert.Single(filtered.QuerySelectorAll("tr[data-key]"));
        Assert.Equal(key, row.GetAttribute("data-key"));
        Assert.Equal(["fr", "zh"], row.QuerySelectorAll("dl.terms dt").Select(d => d.TextContent));
        Assert.Equal("出口" + word, row.QuerySelector("dd[lang=zh]")!.TextContent);
        Assert.Null(filtered.QuerySelector("#new-concept"));
        Assert.Null(row.QuerySelector("a.edit"));

        foreach (var path in new[] { "/admin/thesaurus/new", $"/admin/thesaurus/{key}/edit" })
            AssertDenied(await editor.GetAsync(path));
        // A POST carrying the editor's own valid antiforgery token, so only the role can refuse it.
        var token = (await PageForms.GetAsync(editor, "/admin/documents/new")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        AssertDenied(await editor.PostAsync("/admin/thesaurus/new", Form(token, ("Input.Label", "Editor's concept"), ("Input.Terms", "fr: " + MadeUpWord("ec")))));
        AssertDenied(await editor.PostAsync($"/admin/thesaurus/{key}/edit", Form(token, ("Input.Label", "Renamed"), ("Input.Terms", "fr: " + word))));
        AssertDenied(await editor.PostAsync($"/admin/thesaurus/{key}/edit?handler=Delete", Form(token, ("deleteConfirm", "true"))));

        var stored = await _app.WithStoreAsync(db => db.ThesaurusConcepts.Include(c => c.Terms).SingleAsync(c => c.Key == key));
        Assert.Equal("Editor view " + word, stored.Label);
        Assert.Equal(2, stored.Terms.Count);
        Assert.False(await _app.WithStoreAsync(db => db.ThesaurusConcepts.AnyAsync(c => c.Label == "Editor's concept")));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login()
    {
        var anonymous = _app.Browser();
        foreach (var path in new[] { "/admin/thesaurus", "/admin/thesaurus/new", "/admin/thesaurus/export-controls/edit" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        var post = await anonymous.PostAsync("/admin/thesaurus/new", Form("", ("Input.Label", "x"), ("Input.Terms", "fr: x")));
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"POST answered {(int)post.StatusCode}");
        Assert.False(await _app.WithStoreAsync(db => db.ThesaurusConcepts.AnyAsync(c => c.Label == "x")));
    }

    private static Task<HttpResponseMessage> AddConceptAsync(HttpClient client, string label, string terms, string key = "") =>
        PageForms.GetAsync(client, "/admin/thesaurus/new").ContinueWith(page => PageForms.SubmitAsync(client, page.Result, "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = label, ["Input.Key"] = key, ["Input.Terms"] = terms })).Unwrap();

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q) =>
        await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q));

    private static IEnumerable<string?> HitIds(JsonElement results) => results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());

    private Task<string?> LastAuditAsync(string action, string key) => _app.WithStoreAsync(db => db.AuditEntries
        .Where(a => a.Action == action && a.Details!.StartsWith(key + ":") && a.UserName == ArchiveAppFactory.AdminEmail)
        .OrderByDescending(a => a.Id).Select(a => a.Details).FirstOrDefaultAsync());

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{response.RequestMessage!.RequestUri} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>A word no analyzer, dictionary or other test knows: letters only, so it stays one token.</summary>
    private static string NotALanguage(int line, string code) =>
        $"Line {line}: “{code}” is not one of the archive's languages (fr, en, zh, ja, de, es). Begin the line with one, as “fr: term”; a name used in every language goes alone, or after “und:” if it has a colon of its own (“und: EU: AI Act”).";

    private static string MadeUpWord(string prefix) =>
        prefix + new string(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());
}
