using System.Net;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Security;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>An editor working in French whose file the archive refuses is told why in French, next to the file field of
/// the real form: the page's own refusals and the extractor's reasons alike. The English reasons are asserted by the
/// tests beside this one (SourceFormTests, IngestionHardeningTests).</summary>
public sealed class FrenchUploadRefusalsTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "malformed.docx", "data:malformed.docx",
            "« malformed.docx » ne peut pas être lu : Le fichier n'est pas un document .docx lisible : il est endommagé, ou ce n'est pas un document Word enregistré en .docx." },
        { "invalid-utf8.txt", "data:invalid-utf8.txt",
            "« invalid-utf8.txt » ne peut pas être lu : Le fichier est en UTF-8 mais 2 octets n'y sont pas valides (le premier à l'octet 30, ligne 1). Réparez-le ou enregistrez-le de nouveau en UTF-8, puis réessayez." },
        { "blanc.txt", "  \n\t \n",
            "« blanc.txt » ne peut pas être lu : Le fichier ne contient aucun texte (seulement des espaces ou des caractères de contrôle)." },
        { "binaire.txt", "texte\0binaire",
            "« binaire.txt » ne peut pas être lu : Le fichier est binaire (il contient des octets NUL) et non du texte." },
        { "menu.html", "<html><body><nav>Accueil</nav></body></html>",
            "« menu.html » ne peut pas être lu : Il ne reste rien une fois retirés les éléments de la page : le fichier ne contient aucun texte d'article." },
        { "photo.png", "\u0089PNG", "« photo.png » n'est pas un fichier que l'archive sait lire : utilisez .txt, .md, .html ou .docx." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_upload_is_told_in_French(string name, string content, string french)
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        var page = await PageForms.GetAsync(editor, "/admin/documents/new");
        var bytes = content.StartsWith("data:", StringComparison.Ordinal)
            ? await File.ReadAllBytesAsync(SecurityData.PathOf(content["data:".Length..]))
            : Encoding.UTF8.GetBytes(content);

        var response = await PageForms.SubmitAsync(editor, page, "#read-file", files: new Dictionary<string, FormFile> { ["Upload"] = new(name, bytes) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(french, (await PageForms.ParseAsync(response)).Text("[data-valmsg-for=Upload]"));
        Assert.Equal(0, await app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Theory]
    [InlineData("malformed.docx", "\"malformed.docx\" cannot be read: The file is not a readable .docx document: it is damaged, or not a Word document saved as .docx.")]
    [InlineData("invalid-utf8.txt", "\"invalid-utf8.txt\" cannot be read: The file is UTF-8 but 2 bytes are not valid UTF-8 (the first at byte 30, line 1). Repair or re-save the file as UTF-8 and try again.")]
    public async Task The_English_interface_keeps_the_English_reason(string name, string english)
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/culture/en?returnUrl=/")).StatusCode);
        var page = await PageForms.GetAsync(editor, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(editor, page, "#read-file",
            files: new Dictionary<string, FormFile> { ["Upload"] = new(name, await File.ReadAllBytesAsync(SecurityData.PathOf(name))) });
        Assert.Equal(english, (await PageForms.ParseAsync(response)).Text("[data-valmsg-for=Upload]"));
    }

    [Fact]
    public void Every_ingestion_refusal_has_its_French_translation()
    {
        var keys = XDocument.Load(Path.Combine(RepoPaths.Root, "src/PolicyArchive.Web/Resources/SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(IngestionMessages.All, m => !keys.Contains(m));
    }
}
