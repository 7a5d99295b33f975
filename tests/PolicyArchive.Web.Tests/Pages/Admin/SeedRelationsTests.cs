using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The seeds' curated relations, as an editor sees them from each side.</summary>
public sealed class SeedRelationsTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Response_to_the_export_controls_essay_is_listed_on_both_documents()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        var essay = await SeedDocuments.IdOfSeedAsync(client, "001_");
        var reply = await SeedDocuments.IdOfSeedAsync(client, "002_");

        var ofReply = (await PageForms.GetAsync(client, $"/admin/documents/{reply}/edit")).Text("ul.relations");
        Assert.Contains("Responds to:", ofReply);
        Assert.Contains("Same event as:", ofReply);
        var ofEssay = await PageForms.GetAsync(client, $"/admin/documents/{essay}/edit");
        Assert.Contains("Responses:", ofEssay.Text("ul.relations"));
        Assert.Contains(ofEssay.QuerySelectorAll("ul.relations a"), a => a.GetAttribute("href")!.StartsWith($"/d/{reply}/", StringComparison.Ordinal));
    }
}

public sealed class SeedRemovalsTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Edit_page_shows_what_ingestion_removed_from_a_seed_and_where_each_value_came_from()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        var podcast = await SeedDocuments.IdOfSeedAsync(client, "003_");
        var page = await PageForms.GetAsync(client, $"/admin/documents/{podcast}/edit");
        Assert.NotEmpty(page.QuerySelectorAll("details.removals li"));
        Assert.Contains(page.QuerySelectorAll("table.provenance tr"), r => r.TextContent.Contains("curated", StringComparison.Ordinal) && r.TextContent.Contains("Nathan Lambert", StringComparison.Ordinal));
    }
}
