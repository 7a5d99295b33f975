using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The admin form is one more way into the import's pipeline: a paste or an upload is cleaned, segmented by
/// language, described and checked for near-duplicates as an imported file is, and an edited body is segmented again.</summary>
public sealed class FormIngestionTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private async Task<(string Id, List<(string Language, string Text)> Passages)> PassagesAsync(string permalink)
    {
        var id = EditorSteps.IdOf(permalink);
        var rows = await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id)
            .Select(d => new { d.Body, Passages = d.Passages.OrderBy(p => p.Ordinal).Select(p => new { p.Language, p.Start, p.Length }).ToList() }).SingleAsync());
        return (id, rows.Passages.Select(p => (p.Language, rows.Body.Substring(p.Start, p.Length).Trim())).ToList());
    }

    private static async Task AssertFoundByAsync(HttpClient client, string words, string permalink)
    {
        var results = await PageForms.GetAsync(client, "/search?q=" + Uri.EscapeDataString(words));
        Assert.Contains(results.QuerySelectorAll("main ol li a").Select(a => a.GetAttribute("href") ?? ""), href => href.StartsWith(permalink, StringComparison.Ordinal));
    }

    private static async Task<IElement> ZhElementAsync(HttpClient client, string permalink, string chinese)
    {
        var page = await PageForms.GetAsync(client, permalink);
        var marked = page.QuerySelectorAll("article .body [lang=zh]").ToList();
        return Assert.Single(marked, e => e.TextContent.Contains(chinese, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_french_text_with_a_chinese_paragraph_pasted_in_the_form_has_a_zh_passage_found_by_its_chinese_words()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        const string chinese = "中国商务部宣布对稀土磁铁实施新的出口许可制度，相关企业需在三十天内完成登记。";
        var body = "Pékin a répondu mardi aux nouvelles restrictions américaines par un contrôle de ses propres exportations.\n\n"
            + chinese + "\n\n"
            + "Les industriels européens craignent que ces mesures ne ralentissent la production de moteurs électriques.\n\n"
            + "Partager sur Facebook";
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var saved = await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Pékin riposte sur les terres rares", body));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var permalink = saved.Headers.Location!.ToString();

        var (id, passages) = await PassagesAsync(permalink);
        Assert.Equal(["fr", "zh", "fr"], passages.Select(p => p.Language));
        Assert.Equal(chinese, passages[1].Text);
        await ZhElementAsync(client, permalink, chinese);
        await AssertFoundByAsync(client, "稀土磁铁", permalink);
        // Cleaned as an import is: the share line is gone from the text and listed with its reason.
        var removals = await app.WithStoreAsync(db => db.IngestionRemovals.Where(r => db.Documents.Any(d => d.Id == r.DocumentId && d.PublicId == id)).Select(r => r.Reason).ToListAsync());
        Assert.Equal(["share buttons"], removals);
    }

    [Fact]
    public async Task An_uploaded_french_file_with_a_chinese_paragraph_has_a_zh_passage_and_honest_provenance()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        const string chinese = "多家云服务商表示，液冷服务器的订单在第一季度翻了一番，供电能力成为新的瓶颈。";
        var file = "Les centres de données face au mur de l'électricité\n"
            + "Par Claire Dubois\n"
            + "Publié le 16 avril 2025\n"
            + "Les opérateurs de centres de données cherchent de nouveaux sites capables de fournir plusieurs centaines de mégawatts.\n"
            + chinese + "\n"
            + "À Marseille comme à Francfort, les raccordements au réseau sont désormais réservés des années à l'avance.\n";
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var read = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#read-file", files: new Dictionary<string, FormFile>
        {
            ["Upload"] = new("electricite.txt", Encoding.UTF8.GetBytes(file), "text/plain"),
        }));
        Assert.Equal("Claire Dubois", read.QuerySelector<IHtmlInputElement>("#Input_Authors")!.Value);
        Assert.Equal("2025-04-16", read.QuerySelector<IHtmlInputElement>("#Input_Date")!.Value);

        // The editor corrects the title only; authors and date stay as the file gave them.
        var saved = await PageForms.SubmitAsync(client, read, "#save", new Dictionary<string, string> { ["Input.Title"] = "Centres de données : le mur de l'électricité" });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var permalink = saved.Headers.Location!.ToString();

        var (_, passages) = await PassagesAsync(permalink);
        Assert.True(passages.Any(p => p.Language == "zh" && p.Text == chinese), string.Join(" | ", passages));
        Assert.All(passages.Where(p => p.Language != "zh"), p => Assert.Equal("fr", p.Language));
        await ZhElementAsync(client, permalink, chinese);
        await AssertFoundByAsync(client, "液冷服务器", permalink);

        var document = await PageForms.GetAsync(client, permalink);
        string SourceOf(string field) => document.QuerySelector($"details.provenance tr[data-field={field}]")!.GetAttribute("data-source")!;
        Assert.Equal(nameof(FieldSource.Entered), SourceOf(DocumentFields.Title));
        Assert.Equal(nameof(FieldSource.Extracted), SourceOf(DocumentFields.Authors));
        Assert.Equal(nameof(FieldSource.Extracted), SourceOf(DocumentFields.PublishedDate));
        Assert.Contains("entered by an editor", document.QuerySelector("details.provenance tr[data-field=title]")!.TextContent);
        Assert.Contains("extracted from the text", document.QuerySelector("details.provenance tr[data-field=authors]")!.TextContent);
    }

    [Fact]
    public async Task An_edited_body_with_an_english_paragraph_added_becomes_two_passages()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        var french = "Le gouvernement néerlandais a annoncé vendredi de nouvelles règles pour l'exportation des machines de lithographie.";
        var permalink = await EditorSteps.AddByPasteAsync(client, "Lithographie et exportations", french);
        Assert.Equal(["fr"], (await PassagesAsync(permalink)).Passages.Select(p => p.Language));

        const string english = "The Dutch government said the rules would apply to the most advanced deep ultraviolet machines from September.";
        var edit = await EditorSteps.EditPageAsync(client, permalink);
        var saved = await PageForms.SubmitAsync(client, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = french + "\n\n" + english });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var passages = (await PassagesAsync(permalink)).Passages;
        Assert.Equal(["fr", "en"], passages.Select(p => p.Language));
        Assert.Equal(english, passages[1].Text);
        var page = await PageForms.GetAsync(client, permalink);
        Assert.Contains(page.QuerySelectorAll("article .body [lang=en]"), e => e.TextContent.Contains("deep ultraviolet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_form_warns_of_a_near_duplicate_by_minhash_and_saving_anyway_flags_it_for_editors()
    {
        Assert.Null(typeof(DocumentEditor).Assembly.GetType("PolicyArchive.Core.Editorial.DuplicateFinder"));
        var client = await EditorSteps.LoggedInAsync(app);
        var body = EditorSteps.UniqueBody("Les quotas de puces") + "\n\n" + EditorSteps.UniqueBody("et les centres de calcul");
        var first = await EditorSteps.AddByPasteAsync(client, "Quotas de puces, version originale", body);
        var reprint = body.Replace("Deuxième paragraphe", "Paragraphe repris", StringComparison.Ordinal) + "\n\nRepris avec l'aimable autorisation de l'auteur.";

        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var warned = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Quotas de puces, reprise", reprint)));
        Assert.Equal(first, warned.QuerySelector(".duplicates a")!.GetAttribute("href"));
        Assert.Contains("of the text in common", warned.Text(".duplicates"));

        var saved = await PageForms.SubmitAsync(client, warned, "#save-anyway");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var flags = await PageForms.GetAsync(client, "/admin/duplicates");
        var links = flags.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(first, links);
        Assert.Contains(saved.Headers.Location!.ToString(), links);
    }
}
