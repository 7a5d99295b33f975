using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, privacy: revision histories (pages and /api) show the name an editor chose, or "an editor", never an e-mail.</summary>
public sealed class DisplayNameTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public DisplayNameTests(EditorsAppFactory app) => _app = app;

    private async Task<string> PublicPagesAndApiAsync(string permalink)
    {
        var reader = _app.CreateClient();
        var id = EditorSteps.IdOf(permalink);
        var texts = new List<string>();
        foreach (var url in new[] { permalink, $"/d/{id}/revisions", $"/d/{id}/compare?a=1&b=1", $"/api/documents/{id}/revisions", $"/api/documents/{id}/revisions/1", $"/api/documents/{id}" })
        {
            var response = await reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            texts.Add(await response.Content.ReadAsStringAsync());
        }
        return string.Join("\n", texts);
    }

    [Fact]
    public async Task Without_a_chosen_name_the_history_says_an_editor_and_never_the_email()
    {
        await _app.EnsureUserAsync("anonymous.editor@archive.test", "anonymous editor pw", "Editor");
        var editor = _app.Browser();
        await PageForms.LoginAsync(editor, "anonymous.editor@archive.test", "anonymous editor pw");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Sans nom " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("anonymat"));

        var everything = await PublicPagesAndApiAsync(permalink);
        Assert.DoesNotContain("anonymous.editor", everything);
        Assert.DoesNotContain("@archive.test", everything);
        var history = await PageForms.GetAsync(_app.CreateClient(), $"/d/{EditorSteps.IdOf(permalink)}/revisions");
        Assert.Contains("an editor", history.Text("main table"));
    }

    [Fact]
    public async Task The_name_chosen_on_the_account_page_is_shown_instead()
    {
        await _app.EnsureUserAsync("named.editor@archive.test", "named editor password", "Editor");
        var editor = _app.Browser();
        await PageForms.LoginAsync(editor, "named.editor@archive.test", "named editor password");
        var account = await PageForms.GetAsync(editor, "/account");
        var saved = await PageForms.SubmitAsync(editor, account, "#save-name", new Dictionary<string, string> { ["DisplayName"] = "Camille R." });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");

        var permalink = await EditorSteps.AddByPasteAsync(editor, "Avec nom " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("signature"));
        var everything = await PublicPagesAndApiAsync(permalink);
        Assert.DoesNotContain("named.editor", everything);
        Assert.Contains("Camille R.", everything);
    }

    [Fact]
    public async Task The_public_export_names_no_editor_by_email_and_the_administrators_backup_keeps_the_account()
    {
        await _app.EnsureUserAsync("export.editor@archive.test", "export editor password", "Editor");
        var editor = _app.Browser();
        await PageForms.LoginAsync(editor, "export.editor@archive.test", "export editor password");
        await EditorSteps.AddByPasteAsync(editor, "Exporté " + Guid.NewGuid().ToString("N"), EditorSteps.UniqueBody("export"));

        var publicFile = await _app.CreateClient().GetStringAsync("/api/export/archive.jsonl");
        Assert.DoesNotContain("export.editor@archive.test", publicFile);
        Assert.Contains("an editor", publicFile);
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        Assert.Contains("export.editor@archive.test", await admin.GetStringAsync("/api/admin/export/archive.jsonl"));
    }

    [Fact]
    public async Task An_email_address_is_refused_as_a_display_name()
    {
        var editor = await EditorSteps.LoggedInAsync(_app);
        var account = await PageForms.GetAsync(editor, "/account");
        var refused = await PageForms.SubmitAsync(editor, account, "#save-name", new Dictionary<string, string> { ["DisplayName"] = "me@example.org" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("without an e-mail address", (await PageForms.ParseAsync(refused)).Text("[data-valmsg-for='DisplayName']"));
    }
}
