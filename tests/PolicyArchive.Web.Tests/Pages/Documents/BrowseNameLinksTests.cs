using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>An author's or a publication's name is whatever the source says ("Reuters/AFP", "Le Monde/AFP", 新华社): the
/// links to its browse page, from the document and from the facet's list, lead to that page whatever characters it has.
/// A name written with an escape ("Reuters%2FAFP") needs the path as sent, which only Kestrel keeps:
/// <see cref="BrowseNameLinksOnKestrelTests"/>.</summary>
public sealed class BrowseNameLinksTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Theory]
    [InlineData("Reuters/AFP")]
    [InlineData("Le Monde/AFP")]
    [InlineData("Staff/Wire/Desk")]
    [InlineData("Qui ? Agence #1")]
    [InlineData("100% Wire + Co")]
    [InlineData("新华社")]
    [InlineData("山田太郎")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../Wire/..")]
    [InlineData("J.. Doe")]
    public async Task A_name_links_from_the_document_and_the_list_to_the_page_of_its_documents(string name)
    {
        var permalink = await AddAsync(name);
        var reader = app.Browser();
        var document = await PageForms.GetAsync(reader, permalink);
        foreach (var facet in new[] { "author", "publication" })
        {
            var fromDocument = document.QuerySelectorAll($"dl.meta a[href*='/browse/{facet}']").Single(a => a.TextContent == name).GetAttribute("href")!;
            var list = await PageForms.GetAsync(reader, "/browse/" + facet);
            var fromList = list.QuerySelectorAll("ul.facet-values a").Single(a => a.TextContent == name).GetAttribute("href")!;
            Assert.Equal(fromDocument, fromList);

            var response = await reader.GetAsync(fromDocument);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{fromDocument} answered {(int)response.StatusCode}");
            var page = await PageForms.ParseAsync(response);
            Assert.Equal(name, page.Text("h1 span"));
            Assert.Equal([permalink], page.QuerySelectorAll("ul.results a").Select(a => a.GetAttribute("href")));
        }
    }

    [Theory]
    [InlineData("Jeanne Martin", "/browse/author/Jeanne%20Martin")]
    [InlineData("Qui ? Presse #2", "/browse/author/Qui%20%3F%20Presse%20%232")]
    [InlineData("50% Fil + Cie", "/browse/author/50%25%20Fil%20%2B%20Cie")]
    [InlineData("共同通信", "/browse/author/%E5%85%B1%E5%90%8C%E9%80%9A%E4%BF%A1")]
    public async Task A_name_that_had_a_working_link_keeps_the_same_link(string name, string link)
    {
        var permalink = await AddAsync(name);
        var reader = app.Browser();
        var document = await PageForms.GetAsync(reader, permalink);
        Assert.Equal(link, document.QuerySelectorAll("dl.meta a[href*='/browse/author']").Single(a => a.TextContent == name).GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);
    }

    /// <summary>Adds a document through the editor's form whose one author and publication are <paramref name="name"/>.</summary>
    private async Task<string> AddAsync(string name)
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var fields = EditorSteps.Fields("Dépêche de " + name, EditorSteps.UniqueBody("dépêche"));
        fields["Input.Authors"] = name;
        fields["Input.Publication"] = name;
        var form = await PageForms.GetAsync(editor, "/admin/documents/new");
        var saved = await PageForms.SubmitAsync(editor, form, "#save", fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"save answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        return saved.Headers.Location!.ToString();
    }
}
