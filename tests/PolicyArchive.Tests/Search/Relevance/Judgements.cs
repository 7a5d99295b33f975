namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>A query a researcher would type, with the documents of the test corpus that answer it (judged by reading them:
/// a document that only mentions the subject in passing is not counted as relevant).</summary>
public sealed record Judgement(string Query, params string[] Relevant);

public static class Judgements
{
    private static readonly string[] s_exportControls = ["s000", "s001", "s002", "en-chips", "zh-chips", "ja-export"];
    private static readonly string[] s_chips = ["fr-huawei", "en-chips", "zh-chips", "ja-export", "s004", "s001"];
    private static readonly string[] s_openModels = ["s003", "zh-open", "ja-open", "en-weights", "s002", "s000"];
    private static readonly string[] s_dataCentres = ["fr-energie", "en-power", "zh-dc", "ja-dc", "s004"];
    private static readonly string[] s_nationalSecurity = ["fr-securite", "en-chips", "en-weights", "s004"];
    private static readonly string[] s_deepSeek = ["s001", "s002", "s003", "zh-open", "s000"];
    private static readonly string[] s_nvidia = ["en-chips", "zh-chips", "s001", "s002", "s000"];

    public static IReadOnlyList<Judgement> All { get; } =
    [
        // One concept, typed in each language.
        new("export controls", s_exportControls),
        new("contrôles à l'exportation", s_exportControls),
        new("controles export", s_exportControls),
        new("出口管制", s_exportControls),
        new("輸出規制", s_exportControls),
        new("puce", s_chips),
        new("chips", s_chips),
        new("semi-conducteurs", s_chips),
        new("芯片", s_chips),
        new("半導体", s_chips),
        new("open source models", s_openModels),
        new("modèles open source", s_openModels),
        new("开源模型", s_openModels),
        new("オープンソース", s_openModels),
        new("data centres", s_dataCentres),
        new("data centers", s_dataCentres),
        new("centres de données", s_dataCentres),
        new("数据中心", s_dataCentres),
        new("データセンター", s_dataCentres),
        new("national security", s_nationalSecurity),
        new("sécurité nationale", s_nationalSecurity),
        new("copyright", "en-copyright", "fr-auteur"),
        new("droit d'auteur", "fr-auteur", "en-copyright"),

        // Companies and people under their other spellings, and typos.
        new("DeepSeek", s_deepSeek),
        new("深度求索", s_deepSeek),
        new("Deepsek", s_deepSeek),
        new("deep seek", s_deepSeek),
        new("NVIDIA", s_nvidia),
        new("英伟达", s_nvidia),
        new("Nvidai", s_nvidia),
        new("Huawei", "fr-huawei", "s000"),
        new("华为", "fr-huawei", "s000"),
        new("Lisa Su", "s004"),
        new("Su Zifeng", "s004"),
        new("苏姿丰", "s004"),
        new("Sriram Krishnan", "s000"),
        new("Andreessen", "s002"),
        new("CoreWeave", "s004"),
        new("coreweav", "s004"),
        new("H800", "s001"),
        new("Qwen", "s003", "zh-open", "s000"),

        // French words without accents, phrases, several words.
        new("etats unis", "s001", "s004"),
        new("hegemonie", "s001"),
        new("guerre froide", "s001"),
        new("\"marché automobile\"", "s002"),
        new("Ricardo", "s002"),
        new("Interconnects", "s003"),
        new("electricite centres de donnees", "fr-energie", "s004"),
        new("Windows x86", "s000"),
        new("Microsoft DeepSeek", "s002"),
        new("Sam Altman ChatGPT", "s004"),
        new("Anthropic export controls", "s002", "s001"),
        new("open models China", "s003", "zh-open", "ja-open"),
        new("power grid", "en-power"),
        new("電力需要", "ja-dc"),

        // Filters.
        new("lang:zh 开源", "zh-open"),
        new("chips after:2025-03", "fr-huawei", "en-chips", "s004"),
        new("author:krishnan", "s000"),
        new("publication:reddit", "s002"),
    ];
}
