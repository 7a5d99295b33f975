using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>An editor working in French who runs into someone else's change (a save, a withdrawal, a reinstatement, a
/// deletion, a concept changed or renamed back) or a tampered form is told so in French, values and all, through the real
/// forms; the English sentences stay for the English interface (the tests beside this one read them).</summary>
public sealed class FrenchEditorialMessagesTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private const string SecondAdmin = "french-second-admin@archive.test";
    private const string ThirdAdmin = "french-third-admin@archive.test";

    [Fact]
    public void Every_editorial_sentence_has_its_French_translation()
    {
        var keys = XDocument.Load(Path.Combine(RepoPaths.Root, "src/PolicyArchive.Web/Resources/SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(EditorialMessages.All, m => !keys.Contains(m));
        // A store's refusal is shown sentence by sentence, each its own key.
        var sentences = StoreWriteFailure.Messages.SelectMany(m => m.Split(". ").Select(s => s.EndsWith('.') ? s : s + ".")).Distinct().ToList();
        Assert.Equal(9, sentences.Count);
        Assert.DoesNotContain(sentences, s => !keys.Contains(s));
    }

    [Fact]
    public async Task A_document_deleted_meanwhile_is_told_in_French()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Supprimé en français", EditorSteps.UniqueBody("supprimé fr"));
        var editorsForm = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#delete",
            new Dictionary<string, string> { ["deleteReason"] = "Demande de l'auteur", ["deleteConfirm"] = "true" })).StatusCode);

        var alert = await AlertAsync(await PageForms.SubmitAsync(editor, editorsForm, "#save", new Dictionary<string, string> { ["Input.Body"] = "Gardé." }));
        Assert.Contains($"Ce document a été supprimé pendant que vous le modifiiez (par {ArchiveAppFactory.AdminEmail} le {Today()}", alert);
        Assert.Contains("UTC ; motif : « Demande de l'auteur »). Rien n'a été enregistré : votre texte est conservé ci-dessous", alert);
        AssertNoEnglish(alert);
    }

    [Fact]
    public async Task A_save_withdrawal_and_reinstatement_meanwhile_are_told_in_French()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var body = EditorSteps.UniqueBody("conflit fr");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Conflit en français", body);

        var form = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#save",
            new Dictionary<string, string> { ["Input.Body"] = body + "\n\nAjout de l'administrateur." })).StatusCode);
        var saved = await AlertAsync(await PageForms.SubmitAsync(editor, form, "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\nAjout." }));
        Assert.Contains($"Quelqu'un d'autre a enregistré ce document pendant que vous le modifiiez (révision 2, par {ArchiveAppFactory.AdminEmail} le {Today()}", saved);
        Assert.Contains("Vos modifications sont toujours dans le formulaire ci-dessous et n'ont pas été enregistrées : ouvrez la dernière version", saved);
        AssertNoEnglish(saved);

        form = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Version pirate" })).StatusCode);
        var withdrawn = await AlertAsync(await PageForms.SubmitAsync(editor, form, "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\nAjout." }));
        Assert.Contains($"Quelqu'un d'autre a retiré ce document pendant que vous le modifiiez (par {ArchiveAppFactory.AdminEmail} le {Today()}", withdrawn);
        Assert.Contains("UTC ; motif : « Version pirate »).", withdrawn);
        AssertNoEnglish(withdrawn);

        form = await EditorSteps.EditPageAsync(editor, permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#reinstate")).StatusCode);
        var reinstated = await AlertAsync(await PageForms.SubmitAsync(editor, form, "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\nAjout." }));
        Assert.Contains($"Quelqu'un d'autre a rétabli ce document pendant que vous le modifiiez (par {ArchiveAppFactory.AdminEmail} le {Today()}", reinstated);
        AssertNoEnglish(reinstated);
    }

    [Fact]
    public async Task Withdrawing_an_already_withdrawn_document_is_refused_in_French()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Retiré deux fois en français", EditorSteps.UniqueBody("deux fois fr"));
        var id = EditorSteps.IdOf(permalink);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Première raison" })).StatusCode);

        var page = await EditorSteps.EditPageAsync(editor, permalink);
        var alert = await AlertAsync(await editor.PostAsync($"/admin/documents/{id}/edit?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["Version"] = page.QuerySelector<IHtmlInputElement>("#reinstate-version")!.Value,
            ["withdrawReason"] = "Seconde raison",
        })));
        Assert.Equal($"Ce document est déjà retiré (par {ArchiveAppFactory.AdminEmail} le {Today()} ; motif : « Première raison »).", alert);
    }

    [Fact]
    public async Task A_tampered_version_and_an_unknown_relation_type_are_refused_in_French()
    {
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var from = await EditorSteps.AddByPasteAsync(editor, "Formulaire trafiqué", EditorSteps.UniqueBody("trafiqué fr"));
        var to = await EditorSteps.AddByPasteAsync(editor, "Cible en français", EditorSteps.UniqueBody("cible fr"));

        var tampered = await AlertAsync(await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, from), "#save",
            new Dictionary<string, string> { ["Input.Body"] = "Ajout à garder.", ["Version"] = "abc" }));
        Assert.Equal("Ce formulaire n'est plus à jour : rien n'a été enregistré. Vos modifications sont toujours dans le formulaire ci-dessous : "
            + "ouvrez la dernière version dans un autre onglet, puis reportez-y vos modifications.", tampered);

        var relation = await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, from), "#add-relation",
            new Dictionary<string, string> { ["relationType"] = "Bogus", ["relationTarget"] = EditorSteps.IdOf(to) });
        Assert.Equal("Choisissez un type de relation.", (await PageForms.ParseAsync(relation)).Text("#relationType-error"));
    }

    [Fact]
    public async Task A_web_address_without_http_and_saved_tag_labels_are_told_in_French()
    {
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var tag = "libelles" + Word();
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Adresse en français", EditorSteps.UniqueBody("adresse fr"), tag);
        var refused = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, await EditorSteps.EditPageAsync(editor, permalink), "#save",
            new Dictionary<string, string> { ["Input.SourceUrl"] = "ftp://exemple.org/texte" }));
        Assert.Equal("Donnez une adresse web complète commençant par http:// ou https://.", refused.Text("[data-valmsg-for='Input.SourceUrl']"));

        var saved = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/tags"),
            $"tr[data-tag='{tag}'] button.save-labels", new Dictionary<string, string> { ["labelEn"] = "Labels " + tag }));
        Assert.Contains("Libellés enregistrés.", saved.Text("[role=status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_search_is_told_in_French()
    {
        var editor = await FrenchAsync(await EditorSteps.LoggedInAsync(app));
        var word = Word();
        await EditorSteps.AddByPasteAsync(editor, "Recherche " + word, EditorSteps.UniqueBody(word));
        // The index takes the new document in the background.
        var results = await PageForms.GetAsync(editor, "/search?q=" + word);
        for (var i = 0; i < 50 && results.QuerySelector("form.save-search") is null; i++)
        {
            await Task.Delay(200);
            results = await PageForms.GetAsync(editor, "/search?q=" + word);
        }
        var unnamed = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = " " }));
        Assert.Contains("Donnez un nom à la recherche.", unnamed.Text("[role=alert]"));

        var name = "Recherche " + Word();
        var saved = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = name }));
        Assert.Contains($"« {name} » enregistrée.", saved.Text("[role=status]"));
        var again = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = name }));
        Assert.Contains($"Une recherche enregistrée s'appelle déjà « {name} ».", again.Text("[role=alert]"));
    }

    [Fact]
    public async Task A_concept_changed_meanwhile_and_its_term_lines_are_told_in_French()
    {
        var first = await EditorSteps.LoggedInAsync(app, "Administrator");
        await app.EnsureUserAsync(SecondAdmin, "Second Administrator 2025", "Administrator");
        var second = app.Browser();
        await PageForms.LoginAsync(second, SecondAdmin, "Second Administrator 2025");
        await FrenchAsync(second);
        var key = "francais-" + Word();
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(first, await PageForms.GetAsync(first, "/admin/thesaurus/new"), "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "Concept " + key, ["Input.Key"] = key, ["Input.Terms"] = $"fr: {Word()}" })).StatusCode);

        var formOfSecond = await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(first, await PageForms.GetAsync(first, $"/admin/thesaurus/{key}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Terms"] = $"fr: {Word()}" })).StatusCode);
        var conflict = await AlertAsync(await PageForms.SubmitAsync(second, formOfSecond, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = $"de: {Word()}" }));
        Assert.Contains($"Quelqu'un d'autre a modifié ce concept pendant que vous le modifiiez (par {ArchiveAppFactory.AdminEmail} le {Today()}", conflict);
        Assert.Contains("n'ont pas été enregistrées : rouvrez le concept dans un autre onglet", conflict);
        AssertNoEnglish(conflict);

        var word = Word();
        var lines = await PageForms.ParseAsync(await PageForms.SubmitAsync(second, await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Terms"] = $"fr: {word}\nfr: {word}\nde:\nklingon-1234567890: mot" }));
        var errors = lines.Text("#terms-error");
        Assert.Contains($"Ligne 2 : « {word} » figure déjà à la ligne 1.", errors);
        Assert.Contains("Ligne 3 : le terme manque après « de: ».", errors);
        Assert.Contains("n'est pas l'une des langues de l'archive (fr, en, zh, ja, de, es)", errors);
        AssertNoEnglish(errors);
    }

    [Fact]
    public async Task A_concept_renamed_back_meanwhile_names_who_renamed_it()
    {
        var first = await EditorSteps.LoggedInAsync(app, "Administrator");
        await app.EnsureUserAsync(SecondAdmin, "Second Administrator 2025", "Administrator");
        await app.EnsureUserAsync(ThirdAdmin, "Third Administrator 2025", "Administrator");
        var second = app.Browser();
        await PageForms.LoginAsync(second, SecondAdmin, "Second Administrator 2025");
        var third = app.Browser();
        await PageForms.LoginAsync(third, ThirdAdmin, "Third Administrator 2025");
        var key = "renomme-" + Word();
        var other = key + "-autre";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(first, await PageForms.GetAsync(first, "/admin/thesaurus/new"), "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "Renommé " + key, ["Input.Key"] = key, ["Input.Terms"] = $"fr: {Word()}" })).StatusCode);
        var formOfSecond = await PageForms.GetAsync(second, $"/admin/thesaurus/{key}/edit");

        // The third administrator renames it away, the first renames it back under another label: the last change is the first's.
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(third, await PageForms.GetAsync(third, $"/admin/thesaurus/{key}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Key"] = other })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(first, await PageForms.GetAsync(first, $"/admin/thesaurus/{other}/edit"), "#save-concept",
            new Dictionary<string, string> { ["Input.Key"] = key, ["Input.Label"] = "Renommé encore " + key })).StatusCode);

        var alert = await AlertAsync(await PageForms.SubmitAsync(second, formOfSecond, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = $"de: {Word()}" }));
        Assert.Contains($"Someone else changed this concept while you were editing it (by {ArchiveAppFactory.AdminEmail} at {Today()}", alert);
        Assert.DoesNotContain(ThirdAdmin, alert);
    }

    private static async Task<HttpClient> FrenchAsync(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        return client;
    }

    private static async Task<string> AlertAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await PageForms.ParseAsync(response)).Text("[role=alert]");
    }

    private static void AssertNoEnglish(string shown)
    {
        foreach (var english in new[] { "while you were", "Someone else", "reason:", " by ", "Your changes", "Nothing was saved", "Line " })
            Assert.DoesNotContain(english, shown);
    }

    // Messages write the day in ISO; a test running across midnight UTC could see the day before.
    private static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Word() =>
        new string(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());
}
