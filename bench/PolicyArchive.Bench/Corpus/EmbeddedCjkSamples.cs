namespace PolicyArchive.Bench.Corpus;

/// <summary>
/// The seeds hold only two Chinese sentences and a few Japanese page labels, too little for a chain that produces
/// varied passages. These short sentences (written for the benchmark, on the seeds' topics) widen the CJK samples.
/// </summary>
public static class EmbeddedCjkSamples
{
    public static readonly IReadOnlyList<string> Chinese =
    [
        "美国政府进一步收紧对中国的芯片出口管制。",
        "开源模型正在改变人工智能产业的竞争格局。",
        "数据中心的电力需求随着大模型训练迅速增长。",
        "深度求索发布的模型以较低的算力成本取得了接近领先水平的性能。",
        "国家安全是各国制定人工智能政策时的核心考量。",
        "出口管制可能会促使中国加快自主研发半导体。",
        "专家认为开源生态有助于全球开发者共同创新。",
        "英伟达的高端芯片在训练大模型时不可或缺。",
        "中美之间的技术竞争将决定未来的产业格局。",
        "监管机构需要在创新与风险之间取得平衡。",
    ];

    public static readonly IReadOnlyList<string> Japanese =
    [
        "米国政府は中国向けの半導体輸出規制をさらに強化した。",
        "オープンソースのモデルは人工知能の競争環境を変えつつある。",
        "データセンターの電力需要は大規模モデルの学習とともに急増している。",
        "ディープシークのモデルは少ない計算資源で高い性能を示した。",
        "国家安全保障は各国のAI政策の中心的な論点である。",
        "輸出規制は中国の半導体の自主開発を加速させる可能性がある。",
        "専門家はオープンな生態系が世界の開発者の革新を支えると考えている。",
        "高性能なチップは大規模モデルの学習に欠かせない。",
        "米中の技術競争が今後の産業構造を左右するだろう。",
        "規制当局は革新とリスクの均衡を取る必要がある。",
    ];
}
