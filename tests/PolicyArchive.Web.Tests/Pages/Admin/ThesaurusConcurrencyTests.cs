using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>Two administrators changing the thesaurus at once, through the real forms: the later save of an outdated
/// form is told and keeps its text; simultaneous creations of one key give one concept and field messages, never a 500.</summary>
public sealed class ThesaurusConcurrencyTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private const string SecondAdmin = "second-admin@archive.test";

    [Fact]
    public async Task The_second_save_of_an_outdated_concept_form_is_refused_with_its_text_kept()
    {
        var (first, second) = await TwoAdministratorsAsync();
        var key = "concurrent-" + Word();
        var (one, two, three) = (Word(), Word(), Word());
        await CreateAsync(first, key, $"fr: {one}");

        var formOfFirst = await PageForms.GetAsync(first, $"/admin/thesaurus/{key}/edit");
        var formOfSecond = await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit");
        var firstSave = await PageForms.SubmitAsync(first, formOfFirst, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = $"fr: {one}\nen: {two}" });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var typed = $"fr: {one}\nde: {three}";
        var secondSave = await PageForms.SubmitAsync(second, formOfSecond, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = typed });
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await PageForms.ParseAsync(secondSave);
        var alert = page.Text("[role=alert]");
        Assert.Contains("Someone else changed this concept while you were editing it", alert);
        Assert.Contains(ArchiveAppFactory.AdminEmail, alert);
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Input_Terms")!.Value.ReplaceLineEndings("\n"));
        Assert.Equal(new[] { one, two }.Order(StringComparer.Ordinal), (await TermsAsync(key)).Order(StringComparer.Ordinal));

        // Saving the same page again still cannot overwrite; a fresh form can.
        Assert.Equal(HttpStatusCode.OK, (await PageForms.SubmitAsync(second, page, "#save-concept")).StatusCode);
        var fresh = await PageForms.SubmitAsync(second, await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Terms"] = $"fr: {one}\nen: {two}\nde: {three}" });
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task A_form_of_a_concept_renamed_meanwhile_keeps_its_text_and_names_the_new_key()
    {
        var (first, second) = await TwoAdministratorsAsync();
        var key = "renamed-" + Word();
        var term = Word();
        await CreateAsync(first, key, $"fr: {term}");

        var formOfSecond = await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit");
        var newKey = key + "-new";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(first, await PageForms.GetAsync(first, $"/admin/thesaurus/{key}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Key"] = newKey })).StatusCode);

        // The second administrator's typed lines were answered with a 404 and lost before.
        var typed = $"fr: {term}\nen: {Word()}";
        var save = await PageForms.SubmitAsync(second, formOfSecond, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = typed });
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        var page = await PageForms.ParseAsync(save);
        var alert = page.Text("[role=alert]");
        Assert.Contains($"Someone else renamed this concept to “{newKey}”", alert);
        Assert.Contains(ArchiveAppFactory.AdminEmail, alert);
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Input_Terms")!.Value.ReplaceLineEndings("\n"));
        Assert.Equal([term], await TermsAsync(newKey));
    }

    [Fact]
    public async Task Simultaneous_creations_of_one_key_give_one_concept_and_field_messages()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var form = await PageForms.GetAsync(admin, "/admin/thesaurus/new");
        var key = "race-" + Word();
        var fields = new Dictionary<string, string> { ["Input.Label"] = "Race " + key, ["Input.Key"] = key, ["Input.Terms"] = $"fr: {Word()}" };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PageForms.SubmitAsync(admin, form, "#save-concept", fields)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"answered {(int)r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            // Key and terms are read in one serializable transaction, after the winner's commit: every other request is
            // told the key is taken (and, since its term now names the winner's concept, that too). The page's messages
            // are quoted if another refusal ever shows.
            var page = await PageForms.ParseAsync(refused);
            Assert.True(page.Text("#key-error") == $"Another concept already has the key “{key}”.",
                $"key message: “{page.Text("#key-error")}”; alerts: “{string.Join(" | ", page.QuerySelectorAll("[role=alert], .error, .message").Select(e => e.TextContent.Trim()))}”");
        }
        Assert.Equal(1, await app.WithStoreAsync(db => db.ThesaurusConcepts.CountAsync(c => c.Key == key)));
    }

    [Fact]
    public async Task Simultaneous_creations_of_concepts_naming_one_term_give_it_to_one_concept_only()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var form = await PageForms.GetAsync(admin, "/admin/thesaurus/new");
        var term = Word();
        var keys = Enumerable.Range(0, 8).Select(i => $"term-race-{i}-{Word()}").ToList();
        var responses = await Task.WhenAll(keys.Select(key => PageForms.SubmitAsync(admin, form, "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "Term race " + key, ["Input.Key"] = key, ["Input.Terms"] = $"fr: {term}" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"answered {(int)r.StatusCode}"));
        // Two concepts holding one spelling: searches would expand it with the first only, and the other's term would be
        // silently ignored. The later saves are told which concept has it.
        Assert.Equal(1, await app.WithStoreAsync(db => db.ThesaurusTerms.CountAsync(t => t.Text == term)));
        var owner = await app.WithStoreAsync(db => db.ThesaurusConcepts.Where(c => c.Terms.Any(t => t.Text == term)).Select(c => c.Key).SingleAsync());
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            var page = await PageForms.ParseAsync(refused);
            Assert.Equal($"Line 1: “{term}” already names the concept “Term race {owner}” ({owner}).", page.Text("#terms-error li"));
            // Nor is it announced as saved: on PostgreSQL a refused attempt's change-log entry was rolled back, and the page
            // must not wait for it to be indexed and then say "Saved. Search will find this change in a moment."
            Assert.DoesNotContain("Search will find this change", page.Body!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(1, await app.WithStoreAsync(db => db.ThesaurusConcepts.CountAsync(c => keys.Contains(c.Key))));
    }

    /// <summary>The first administrator and a second one, each logged in through the login form in a browser of its own.</summary>
    private async Task<(HttpClient First, HttpClient Second)> TwoAdministratorsAsync()
    {
        var first = await EditorSteps.LoggedInAsync(app, "Administrator");
        await app.EnsureUserAsync(SecondAdmin, "Second Administrator 2025", "Administrator");
        var second = app.Browser();
        await PageForms.LoginAsync(second, SecondAdmin, "Second Administrator 2025");
        return (first, second);
    }

    private async Task CreateAsync(HttpClient admin, string key, string terms)
    {
        var created = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/thesaurus/new"), "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "Concept " + key, ["Input.Key"] = key, ["Input.Terms"] = terms });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    private Task<List<string>> TermsAsync(string key) =>
        app.WithStoreAsync(db => db.ThesaurusTerms.Where(t => db.ThesaurusConcepts.Any(c => c.Id == t.ConceptId && c.Key == key)).Select(t => t.Text).ToListAsync());

    private static string Word() =>
        new string(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());
}
