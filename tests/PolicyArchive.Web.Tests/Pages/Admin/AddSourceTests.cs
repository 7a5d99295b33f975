using System.Net;
using AngleSharp.Dom;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

public sealed class AddSourceTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task The_admin_area_needs_a_login()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/admin/documents/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetDocumentAsync("/account/login");
        var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = ArchiveAppFactory.AdminEmail, ["Input.Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.LoggedInClientAsync();
        var response = await client.PostAsync("/admin/documents/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Forged", ["Input.Language"] = "en", ["Input.Body"] = "forged body",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // A phrase: a lone word that matches nothing is also searched as its nearest indexed spelling ("forced").
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("\"forged body\""));
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_editor_adds_a_source_and_it_is_searchable_at_once()
    {
        var client = await factory.LoggedInClientAsync();
        var form = await client.GetDocumentAsync("/admin/documents/new");
        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Semiconductor tariffs and the Zorblax accord",
            ["Input.Authors"] = "Ada Example; Bo Sample",
            ["Input.Publication"] = "Example Review",
            ["Input.Date"] = "2025-03",
            ["Input.Language"] = "en",
            ["Input.SourceUrl"] = "https://example.org/zorblax",
            ["Input.Tags"] = "export controls, chips",
            ["Input.Body"] = "The **Zorblax accord** limits exports of advanced chips.\n\nA second paragraph.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var permalink = response.Headers.Location!.OriginalString;
        Assert.Matches("^/d/[0-9a-z]{8}/semiconductor-tariffs-and-the-zorblax-accord$", permalink);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=zorblax");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        Assert.Equal(permalink, search.GetProperty("hits")[0].GetProperty("url").GetString());

        var page = await client.GetDocumentAsync(permalink);
        Assert.Equal("Zorblax accord", page.QuerySelector("article .body strong")!.TextContent);
        Assert.Contains("Ada Example, Bo Sample", page.QuerySelector("dl.meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_renders_the_markdown_without_saving()
    {
        var client = await factory.LoggedInClientAsync();
        var form = await client.GetDocumentAsync("/admin/documents/new");
        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Preview only quixotic",
            ["Input.Language"] = "en",
            ["Input.Body"] = "# Heading\n\n*quixotic* text",
        }, submitButtonSelector: "button[formaction*=Preview]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("quixotic", page.QuerySelector("section.preview em")!.TextContent);
        Assert.Equal("Preview only quixotic", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Title']")!.Value);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=quixotic");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Invalid_fields_get_messages_next_to_them_and_nothing_is_saved()
    {
        var client = await factory.LoggedInClientAsync();
        var before = (await SeedDocuments.AllAsync(client)).Count;
        var form = await client.GetDocumentAsync("/admin/documents/new");
        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Date"] = "28/08/2025",
            ["Input.SourceUrl"] = "javascript:alert(1)",
            ["Input.Body"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"span[data-valmsg-for='Input.{field}']")!.TextContent;
        Assert.Equal("Give the document a title.", Error("Title"));
        Assert.Contains("2025-05-09", Error("Date"), StringComparison.Ordinal);
        Assert.Contains("http", Error("SourceUrl"), StringComparison.Ordinal);
        Assert.Equal("Paste the text of the document.", Error("Body"));
        Assert.Equal(before, (await SeedDocuments.AllAsync(client)).Count);
    }

    [Fact]
    public async Task Raw_html_in_a_body_is_shown_as_text_never_run()
    {
        var client = await factory.LoggedInClientAsync();
        var form = await client.GetDocumentAsync("/admin/documents/new");
        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "<script>alert('t')</script> Xylophone",
            ["Input.Language"] = "en",
            ["Input.Body"] = "<script>alert('b')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(2))",
        });
        var html = await (await client.GetAsync(response.Headers.Location)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=\"x\" onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
