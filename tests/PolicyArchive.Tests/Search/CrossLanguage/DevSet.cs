using PolicyArchive.Core.Documents;
using PolicyArchive.Tests.Search.Relevance;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>A small development set for cross-language search, written with the dictionaries (unlike the held-out
/// collection): concepts the thesaurus does not name, in four languages, with distractors that use the same words in
/// another sense. Used to develop the translation, never to report its quality.</summary>
public static class DevSet
{
    public static IReadOnlyList<Document> Documents() =>
    [
        TestDocs.Make("d-fr-contrebande", "La contrebande de puces vers la Chine",
            "Des réseaux de contrebande font passer des processeurs graphiques par Singapour et la Malaisie. Les douanes peinent à suivre ces trafics.",
            "fr", "Le Monde Tech", ["Claire Dubois"], ["export controls"], new PartialDate(2025, 5, 2)),
        TestDocs.Make("d-en-smuggling", "Smuggling networks move GPUs through Southeast Asia",
            "Investigators say smuggling of restricted GPUs continues despite the rules; shell companies in Malaysia re-export servers.",
            "en", "Policy Wire", ["Jane Doe"], ["export controls"], new PartialDate(2025, 6, 3)),
        TestDocs.Make("d-zh-zousi", "芯片走私案件增多",
            "海关查获多起高端芯片走私案件，走私者利用第三国转运图形处理器。",
            "zh", "科技日报", ["王明"], [], new PartialDate(2025, 4, 1)),
        TestDocs.Make("d-fr-donnees", "Les données d'entraînement des grands modèles",
            "Les éditeurs demandent la transparence sur les données d'entraînement utilisées par les modèles de langage et une rémunération des auteurs.",
            "fr", "Le Quotidien", ["Marie Curieux"], [], new PartialDate(2025, 2, 11)),
        TestDocs.Make("d-ja-gakushu", "学習データの透明性",
            "生成AIの学習データについて、著作権者への対価と透明性を求める声が高まっている。",
            "ja", "日経テック", ["佐藤花子"], [], new PartialDate(2025, 3, 9)),
        TestDocs.Make("d-fr-visage", "La reconnaissance faciale dans l'espace public",
            "La CNIL s'inquiète du déploiement de la reconnaissance faciale par les municipalités et rappelle le cadre du RGPD.",
            "fr", "Le Quotidien", ["Paul Durand"], [], new PartialDate(2024, 10, 2)),
        TestDocs.Make("d-zh-renlian", "人脸识别技术的监管",
            "多地出台规定，限制在公共场所使用人脸识别，保护个人信息。",
            "zh", "科技日报", ["李华"], [], new PartialDate(2024, 12, 5)),
        TestDocs.Make("d-fr-subventions", "Les subventions aux fonderies européennes",
            "Bruxelles autorise des aides d'État massives pour attirer des fonderies de semi-conducteurs sur le continent.",
            "fr", "Tech Hebdo", ["Luc Martin"], [], new PartialDate(2024, 8, 20)),
        TestDocs.Make("d-en-deepfake", "Deepfakes and the coming elections",
            "Election officials fear deepfakes spreading disinformation in the final weeks of the campaign.",
            "en", "Civic Review", ["Ann Smith"], [], new PartialDate(2024, 9, 14)),
        TestDocs.Make("d-ja-deepfake", "選挙とディープフェイク",
            "選挙期間中のディープフェイクによる偽情報の拡散が懸念されている。",
            "ja", "日経テック", ["佐藤花子"], [], new PartialDate(2024, 9, 30)),

        // Distractors: the same words in another sense.
        TestDocs.Make("d-fr-mode", "Le nouveau modèle de la saison",
            "Le mannequin présente le modèle phare de la collection printemps; les créateurs misent sur le lin et la soie.",
            "fr", "Mode Hebdo", ["Inès Lefort"], [], new PartialDate(2025, 3, 3)),
        TestDocs.Make("d-fr-ecole", "Le contrôle de mathématiques du jeudi",
            "Les élèves de troisième passent un contrôle de mathématiques; les parents s'inquiètent des notes.",
            "fr", "Vie scolaire", ["Anne Petit"], [], new PartialDate(2025, 1, 16)),
        TestDocs.Make("d-en-spreadsheet", "How to export a spreadsheet",
            "Click export to save the spreadsheet as CSV. Access controls decide who can open the file.",
            "en", "Office Tips", ["Tom Green"], [], new PartialDate(2023, 5, 5)),
        TestDocs.Make("d-fr-controle-export", "Le contrôle des exportations de technologies sensibles",
            "Paris aligne son contrôle des exportations de biens à double usage sur les règles européennes.",
            "fr", "Le Quotidien", ["Paul Durand"], [], new PartialDate(2025, 7, 7)),
        TestDocs.Make("d-fr-langage", "Les modèles de langage français",
            "Mistral AI publie un modèle de langage ouvert entraîné sur des textes français.",
            "fr", "Tech Hebdo", ["Luc Martin"], [], new PartialDate(2025, 8, 8)),
    ];

    public static IReadOnlyList<(string Kind, Judgement Judgement)> Queries { get; } =
    [
        ("en→fr", new("smuggling", "d-fr-contrebande", "d-en-smuggling", "d-zh-zousi")),
        ("zh→fr", new("走私", "d-zh-zousi", "d-fr-contrebande", "d-en-smuggling")),
        ("fr→zh", new("contrebande", "d-fr-contrebande", "d-zh-zousi", "d-en-smuggling")),
        ("en→fr", new("training data", "d-fr-donnees", "d-ja-gakushu")),
        ("ja→fr", new("学習データ", "d-ja-gakushu", "d-fr-donnees")),
        ("fr accents", new("donnees d'entrainement", "d-fr-donnees", "d-ja-gakushu")),
        ("en→fr", new("facial recognition", "d-fr-visage", "d-zh-renlian")),
        ("zh→fr", new("人脸识别", "d-zh-renlian", "d-fr-visage")),
        ("en→fr", new("subsidies", "d-fr-subventions")),
        ("en→fr", new("foundries subsidies", "d-fr-subventions")),
        ("fr→en", new("hypertrucage élections", "d-en-deepfake", "d-ja-deepfake")),
        ("en→ja", new("deepfakes", "d-en-deepfake", "d-ja-deepfake")),
        ("distractor", new("language model", "d-fr-langage", "d-fr-donnees")),
        ("distractor", new("contrôle des exportations", "d-fr-controle-export")),
        ("distractor", new("export controls", "d-fr-controle-export", "d-fr-contrebande", "d-en-smuggling")),
        ("distractor", new("modèle de langage", "d-fr-langage", "d-fr-donnees")),
        ("author", new("Claire Dubois", "d-fr-contrebande")),
        ("author", new("Dubois", "d-fr-contrebande")),
        ("outlet", new("Civic Review", "d-en-deepfake")),
        ("zh segmented", new("芯片走私案件", "d-zh-zousi")),
    ];
}
