using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class EditorIntakeTests
{
    private const string French = "Les contrôles à l'exportation de puces vers la Chine se durcissent encore cette année, selon plusieurs analystes de Washington.";
    private const string Chinese = "美国商务部周二发布新规，要求英伟达向中国出口芯片须事先申请许可证，分析人士认为这将影响国内企业的算力供应。";

    [Fact]
    public void A_pasted_french_text_with_a_chinese_paragraph_gets_a_chinese_passage()
    {
        var pasted = EditorIntake.FromPaste(French + "\n\n" + Chinese + "\n\n" + French.Replace("cette année", "l'an prochain", StringComparison.Ordinal));
        var draft = new DocumentDraft("Puces et Chine", pasted.Body, "fr", [], null, PartialDate.Unknown, null, []);

        var curated = EditorIntake.Merge(pasted, draft, EditorIntake.FieldsGiven(draft), bodyEdited: false);

        var zh = Assert.Single(curated.Source.Passages, p => p.Language == "zh");
        Assert.Equal(Chinese, curated.Source.Body.Substring(zh.Start, zh.Length).Trim());
        Assert.Equal("fr", curated.Source.Language);
    }

    [Fact]
    public void Values_the_editor_left_as_extracted_are_extracted_and_changed_ones_are_entered()
    {
        var extracted = new ExtractedSource
        {
            Title = "Titre trouvé", Body = French, Language = "fr", Authors = ["Jeanne Martin"], Publication = "Le Quotidien",
            PublishedDate = new PartialDate(2025, 5, 9),
        };
        var draft = new DocumentDraft("Titre corrigé", French, "fr", ["Jeanne Martin"], "Le Quotidien", new PartialDate(2025, 5, 9), null, []);

        var curated = EditorIntake.Merge(extracted, draft, new HashSet<string> { DocumentFields.Title }, bodyEdited: false);

        Assert.Equal("Titre corrigé", curated.Source.Title);
        Assert.Contains(curated.Provenance, p => p.Field == DocumentFields.Title && p.Source == FieldSource.Entered && p.Value == "Titre corrigé");
        Assert.Contains(curated.Provenance, p => p.Field == DocumentFields.Title && p.Source == FieldSource.Extracted && p.Value == "Titre trouvé");
        Assert.DoesNotContain(curated.Provenance, p => p.Field != DocumentFields.Title && p.Source == FieldSource.Entered);
        Assert.Contains(curated.Provenance, p => p.Field == DocumentFields.Authors && p.Source == FieldSource.Extracted && p.Value == "Jeanne Martin");
    }
}
