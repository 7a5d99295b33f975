using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The five seed texts plus small made-up documents in French, English, Chinese and Japanese. Metadata on the
/// seeds is what the texts say; the made-up documents exist so that queries have wrong answers to avoid.</summary>
public static class TestCorpus
{
    public static IReadOnlyList<Document> All() => [.. Seeds(), .. MadeUp()];

    public static IReadOnlyList<Document> Seeds()
    {
        static Document Seed(string id, string file, string language, string? publication, string[] authors, string[] tags, PartialDate date)
        {
            var body = File.ReadAllText(RepoFiles.Path("seeds", file)).Replace("\r\n", "\n");
            var title = body.Split('\n').First(l => l.Trim().Length > 0).Trim();
            return TestDocs.Make(id, title, body, language, publication, authors, tags, date);
        }
        return
        [
            Seed("s000", "000_c9c9e17239cc8b20.txt", "fr", "X", ["Sriram Krishnan"], ["open source", "export controls"], new PartialDate(null, 8, 28)),
            Seed("s001", "001_20d0bc27540a3397.txt", "fr", null, [], ["export controls", "China"], new PartialDate(2025, 2, null)),
            Seed("s002", "002_278ecee849c6d4d4.txt", "fr", "Reddit", ["Patrick Bélanger"], ["export controls", "open source"], new PartialDate(2025, 1, 31)),
            Seed("s003", "003_50d4e848dd70f24a.txt", "en", "Interconnects", ["Nathan Lambert"], ["open source", "China"], new PartialDate(2025, 9, null)),
            Seed("s004", "004_9a26324ed8ec7209.txt", "fr", null, ["Lisa Su", "Sam Altman"], ["infrastructure", "chips"], new PartialDate(2025, 5, 9)),
        ];
    }

    public static IReadOnlyList<Document> MadeUp() =>
    [
        TestDocs.Make("en-chips", "US tightens export controls on AI chips to China",
            "The Commerce Department announced new export controls on advanced AI chips. NVIDIA's H20 accelerator, designed for the Chinese market, now needs a licence. Officials cited national security.",
            "en", "Policy Wire", ["Jane Doe"], ["export controls", "chips"], new PartialDate(2025, 4, 15)),
        TestDocs.Make("en-power", "Data centers strain the power grid",
            "Utilities report that new data centers for AI training draw as much electricity as a small city. Grid operators ask for new transmission lines.",
            "en", "Energy Daily", ["John Roe"], ["infrastructure"], new PartialDate(2024, 11, 2)),
        TestDocs.Make("en-weights", "Open-weight models and national security",
            "Should open-weight models be restricted? Some argue that releasing weights helps adversaries; others say open models strengthen American research.",
            "en", "Policy Wire", ["Jane Doe"], ["open source"], new PartialDate(2025, 6, 1)),
        TestDocs.Make("en-copyright", "Copyright lawsuits over generative AI training data",
            "Authors and publishers sued over the use of books to train language models. The court will decide on fair use next year.",
            "en", "Legal Notes", ["Ann Smith"], ["copyright"], new PartialDate(2023, 3, 10)),
        TestDocs.Make("fr-energie", "Les centres de données et l'électricité en France",
            "La construction de nouveaux centres de données en France pose la question de l'électricité nucléaire. RTE prévoit une hausse de la consommation.",
            "fr", "Le Quotidien", ["Marie Curieux"], ["infrastructure"], new PartialDate(2025, 2, 20)),
        TestDocs.Make("fr-securite", "L'intelligence artificielle, une question de sécurité nationale",
            "Le gouvernement considère désormais l'intelligence artificielle comme une affaire de sécurité nationale et renforce le contrôle des investissements étrangers.",
            "fr", "Le Quotidien", ["Paul Durand"], ["national security"], new PartialDate(2024, 9, 5)),
        TestDocs.Make("fr-huawei", "Huawei présente ses nouvelles puces Ascend",
            "Le groupe chinois Huawei a présenté ses puces Ascend destinées à l'entraînement des modèles, une réponse aux restrictions américaines.",
            "fr", "Tech Hebdo", ["Paul Durand"], ["chips"], new PartialDate(2025, 3, 12)),
        TestDocs.Make("fr-auteur", "Le droit d'auteur face à l'IA générative",
            "Les éditeurs français demandent une rémunération pour l'utilisation des œuvres dans l'entraînement des modèles de langage.",
            "fr", "Le Quotidien", ["Marie Curieux"], ["copyright"], new PartialDate(2024, 1, 8)),
        TestDocs.Make("zh-chips", "美国对华芯片出口管制升级",
            "美国商务部宣布新的出口管制措施，限制英伟达向中国出口先进芯片。业内认为这将影响中国的算力建设。",
            "zh", "科技日报", ["王明"], ["export controls", "chips"], new PartialDate(2025, 1, 20)),
        TestDocs.Make("zh-open", "中国开源模型的崛起",
            "深度求索和通义千问等开源模型在全球开发者中广受欢迎，开源已成为中国人工智能企业的重要策略。",
            "zh", "科技日报", ["李华"], ["open source"], new PartialDate(2025, 7, 3)),
        TestDocs.Make("zh-dc", "西部数据中心建设加速",
            "多个省份正在建设大型数据中心，以满足人工智能训练对电力和算力的需求。",
            "zh", "经济观察", ["张伟"], ["infrastructure"], new PartialDate(2024, 12, 1)),
        TestDocs.Make("ja-export", "米国の輸出規制と日本の半導体産業",
            "米国の輸出規制の強化により、日本の半導体製造装置メーカーも対応を迫られている。",
            "ja", "日経テック", ["佐藤"], ["export controls", "chips"], new PartialDate(2025, 2, 14)),
        TestDocs.Make("ja-open", "オープンソースAIモデルの動向",
            "オープンソースの大規模言語モデルが増えており、中国企業のモデルも日本の開発者に使われている。",
            "ja", "日経テック", ["鈴木"], ["open source"], new PartialDate(2025, 8, 22)),
        TestDocs.Make("ja-dc", "データセンターの電力需要が急増",
            "生成AIの普及でデータセンターの電力需要が急増し、電力会社は新たな発電所の建設を検討している。",
            "ja", "電力新報", ["高橋"], ["infrastructure"], new PartialDate(2025, 5, 30)),
    ];
}
