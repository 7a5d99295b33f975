using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Tests.Support.Readers;

/// <summary>Adds documents through the editors' own service (store, revision, change log) and waits until they are searchable, as the admin form does.</summary>
public static class ReaderDocuments
{
    public static async Task<Document> AddAsync(ArchiveAppFactory factory, DocumentDraft draft, string editor = "editor@archive.test")
    {
        _ = factory.Server; // starts the app (migrations, seeds) before its services are used
        using var scope = factory.Services.CreateScope();
        var editorService = scope.ServiceProvider.GetRequiredService<DocumentEditor>();
        var d = await editorService.CreateAsync(draft, editor, "added by a test");
        await IndexWait.ForStoreAsync(factory.Services);
        return d;
    }

    public static DocumentDraft Draft(string title, string body = "Texte de l'article sur les puces.", string language = "fr", params string[] tags) => new(
        title, body, language, ["Jeanne Autrice", "Paul Auteur"], "Le Grand Continent", new PartialDate(2025, 5, 9),
        "https://example.org/source", tags);
}
