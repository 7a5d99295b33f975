using System.Net;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin.Support;

/// <summary>What an editor does through the real forms, as reusable steps.</summary>
public static class EditorSteps
{
    public static async Task<HttpClient> LoggedInAsync(EditorsAppFactory app, string role = "Editor")
    {
        var client = app.Browser();
        if (role == "Administrator")
        {
            await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
            return client;
        }
        await app.EnsureUserAsync(EditorsAppFactory.EditorEmail, EditorsAppFactory.EditorPassword, "Editor");
        await PageForms.LoginAsync(client, EditorsAppFactory.EditorEmail, EditorsAppFactory.EditorPassword);
        return client;
    }

    public static Dictionary<string, string> Fields(string title, string body, string? tags = null) => new()
    {
        ["Input.Title"] = title,
        ["Input.Body"] = body,
        ["Input.Language"] = "fr",
        ["Input.Authors"] = "Jeanne Martin",
        ["Input.Date"] = "2025-05",
        ["Input.Tags"] = tags ?? "",
    };

    /// <summary>Adds a document by pasting its text; returns its permalink path (/d/{id}/{slug}).</summary>
    public static async Task<string> AddByPasteAsync(HttpClient client, string title, string body, string? tags = null)
    {
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(client, page, "#save", Fields(title, body, tags));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"save answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.ToString();
    }

    public static string IdOf(string permalink) => permalink.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];

    public static Task<IDocument> EditPageAsync(HttpClient client, string permalink) =>
        PageForms.GetAsync(client, $"/admin/documents/{IdOf(permalink)}/edit");

    /// <summary>A text no other test shares, so duplicate detection never links two tests' documents.</summary>
    public static string UniqueBody(string topic)
    {
        var words = Guid.NewGuid().ToString("N").Select(c => "mot" + c).ToArray();
        return $"{topic} {string.Join(' ', words)}.\n\nDeuxième paragraphe sur {topic} : {string.Join(' ', words.Reverse())}.\n\nTroisième ligne {Guid.NewGuid():N}.";
    }
}
