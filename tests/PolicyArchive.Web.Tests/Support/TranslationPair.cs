using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>An English essay and its French translation with a translator's commentary first, added by an editor through
/// the real forms and linked by "is a translation of". The paragraphs' lengths follow the texts, as a reader would see them.</summary>
public static class TranslationPair
{
    public static readonly string[] English =
    [
        "A few weeks ago I argued that the United States should strengthen export controls on chips to China.",
        "Since then, a Chinese company has released models whose performance comes close to that of the best American models, at a fraction of the stated cost; many readers took it as a sign that the controls had failed, and some as a reason to give them up altogether.",
        "I do not think either conclusion follows.",
        "Export controls serve one purpose: to keep democracies at the frontier of the technology while the most capable systems are built over the next few years, when compute decides who leads.",
    ];

    public static readonly string[] French =
    [
        "Commentaire du traducteur : ce texte défend une politique de contrôle des exportations que nous jugeons discutable ; nous le traduisons pour que le lecteur francophone en juge par lui-même, et nous signalons en note les passages où l'argument nous paraît faible ou les chiffres invérifiables.",
        "Il y a quelques semaines, j'ai soutenu que les États-Unis devraient renforcer les contrôles à l'exportation de puces vers la Chine.",
        "Depuis, une entreprise chinoise a publié des modèles dont les performances approchent celles des meilleurs modèles américains, pour une fraction du coût annoncé ; beaucoup de lecteurs y ont vu le signe que les contrôles avaient échoué, et certains une raison de les abandonner tout à fait.",
        "Je ne crois pas que l'une ou l'autre conclusion s'ensuive.",
        "Les contrôles à l'exportation ont une seule fonction : maintenir les démocraties à la pointe de la technologie pendant que les systèmes les plus capables sont construits dans les prochaines années, quand la puissance de calcul décide de qui mène.",
    ];

    /// <summary>The automatic alignment these texts get: the commentary faces nothing, then paragraph faces paragraph.</summary>
    public const string ExpectedRows = "- = 1;1 = 2;2 = 3;3 = 4;4 = 5";

    public static async Task<(string Original, string Translation)> AddAsync(HttpClient editor, string suffix = "")
    {
        var original = await AddAsync(editor, "On export controls" + suffix, "en", English);
        var translation = await AddAsync(editor, "Sur les contrôles à l'exportation" + suffix, "fr", French);
        var edit = await EditorSteps.EditPageAsync(editor, translation);
        var linked = await PageForms.SubmitAsync(editor, edit, "#add-relation", new Dictionary<string, string>
        {
            ["relationType"] = "TranslationOf",
            ["relationTarget"] = original,
        });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        return (EditorSteps.IdOf(original), EditorSteps.IdOf(translation));
    }

    private static async Task<string> AddAsync(HttpClient editor, string title, string language, string[] paragraphs)
    {
        var page = await PageForms.GetAsync(editor, "/admin/documents/new");
        var fields = EditorSteps.Fields(title, string.Join("\n\n", paragraphs));
        fields["Input.Language"] = language;
        var response = await PageForms.SubmitAsync(editor, page, "#save", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            // A possible duplicate of an earlier pair (another test's): save anyway, as an editor would.
            var warned = await PageForms.ParseAsync(response);
            response = await PageForms.SubmitAsync(editor, warned, "#save-anyway", fields);
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
