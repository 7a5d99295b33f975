using System.Text;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

/// <summary>Chinese and Japanese web pages, copied whole as an editor would (made-up outlets and people), through the
/// same pipeline as a French or English page: the furniture goes with its reason, the byline becomes the authors, the
/// editor's credit is not an author, the date and outlet are read, and the article stays whole.</summary>
public sealed class CjkPageTests
{
    private const string ChinesePage = """
        首页 > 科技 > 正文
        美国更新芯片出口管制规则 英伟达H20对华销售受限
        2025年04月16日 09:32  来源：华夏科技网
        作者：李明  王芳
        分享到：微信 微博 QQ空间
        【华夏科技网讯】美国商务部工业与安全局周二发布新规，要求英伟达向中国出口H20芯片须事先申请许可证。
        分析人士认为，这一措施将直接影响国内大模型企业的算力供应，部分企业已开始评估国产芯片的替代方案。
        一位不愿具名的行业人士表示，训练集群的扩建计划可能因此推迟半年以上。
        责任编辑：张伟
        相关阅读
        英伟达发布新一代数据中心芯片
        国产算力企业加快布局智算中心
        上一篇：欧盟人工智能法案进入实施阶段
        版权所有 © 2025 华夏科技网 未经授权，不得转载
        """;

    private const string JapanesePage = """
        ホーム > ニュース > テクノロジー
        政府、AI向けデータセンターの電力確保へ新方針
        2025年6月3日 18:05
        文・山田 太郎（東都新聞 記者）
        Xでポスト  はてなブックマーク  シェア
        政府は3日、人工知能（AI）向けデータセンターの電力需要の急増に対応するため、送電網の整備を前倒しする方針を固めた。
        経済産業省によると、国内のデータセンターの消費電力は2030年までに現在の約2倍に達する見通しだ。
        関係者は「地方への分散立地を後押しする」と話している。
        （編集：佐藤花子）
        関連記事
        半導体工場の誘致、地方に広がる
        生成AIの規制議論、国会で本格化
        Copyright © 2025 東都新聞社 All rights reserved. 無断転載を禁じます。
        """;

    private static ExtractedSource Extract(string page, string fileName = "page.txt") =>
        new SourceExtractor().Extract(Encoding.UTF8.GetBytes(page), fileName);

    [Fact]
    public void A_chinese_news_page_loses_its_furniture_and_gives_its_byline_date_and_outlet()
    {
        var s = Extract(ChinesePage);

        Assert.Equal("美国更新芯片出口管制规则 英伟达H20对华销售受限", s.Title);
        Assert.Equal(["李明", "王芳"], s.Authors);
        Assert.Equal(new PartialDate(2025, 4, 16), s.PublishedDate);
        Assert.Equal("华夏科技网", s.Publication);
        Assert.Equal("zh", s.Language);
        Assert.StartsWith("【华夏科技网讯】美国商务部工业与安全局周二发布新规", s.Body, StringComparison.Ordinal);
        Assert.EndsWith("训练集群的扩建计划可能因此推迟半年以上。", s.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "首页", "分享到", "责任编辑", "相关阅读", "英伟达发布新一代", "上一篇", "版权所有", "作者" })
            Assert.DoesNotContain(furniture, s.Body, StringComparison.Ordinal);

        string Reason(string start) => s.Removals.Single(r => r.Text.StartsWith(start, StringComparison.Ordinal)).Reason;
        Assert.Equal(RemovalReasons.PageInterface, Reason("首页"));
        Assert.Equal(RemovalReasons.Byline, Reason("作者"));
        Assert.Equal(RemovalReasons.Dateline, Reason("2025年04月16日"));
        Assert.Equal(RemovalReasons.ShareButtons, Reason("分享到"));
        Assert.Equal(RemovalReasons.EditorCredit, Reason("责任编辑"));
        Assert.Equal(RemovalReasons.RelatedArticles, Reason("相关阅读"));
        Assert.Equal(RemovalReasons.RelatedArticles, Reason("国产算力企业"));
        Assert.Equal(RemovalReasons.PageInterface, Reason("上一篇"));
        Assert.Equal(RemovalReasons.Copyright, Reason("版权所有"));
        Assert.DoesNotContain("张伟", s.Authors);
    }

    [Fact]
    public void A_japanese_news_page_loses_its_furniture_and_gives_its_byline_date_and_outlet()
    {
        var s = Extract(JapanesePage);

        Assert.Equal("政府、AI向けデータセンターの電力確保へ新方針", s.Title);
        Assert.Equal(["山田 太郎"], s.Authors);
        Assert.Equal(new PartialDate(2025, 6, 3), s.PublishedDate);
        Assert.Equal("東都新聞社", s.Publication);
        Assert.Equal("ja", s.Language);
        Assert.StartsWith("政府は3日、人工知能（AI）向けデータセンター", s.Body, StringComparison.Ordinal);
        Assert.EndsWith("と話している。", s.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "ホーム", "ポスト", "編集：", "関連記事", "半導体工場", "Copyright", "文・" })
            Assert.DoesNotContain(furniture, s.Body, StringComparison.Ordinal);

        string Reason(string start) => s.Removals.Single(r => r.Text.StartsWith(start, StringComparison.Ordinal)).Reason;
        Assert.Equal(RemovalReasons.Byline, Reason("文・山田"));
        Assert.Equal(RemovalReasons.Dateline, Reason("2025年6月3日"));
        Assert.Equal(RemovalReasons.ShareButtons, Reason("Xでポスト"));
        Assert.Equal(RemovalReasons.EditorCredit, Reason("（編集"));
        Assert.Equal(RemovalReasons.RelatedArticles, Reason("生成AIの規制議論"));
        Assert.Equal(RemovalReasons.Copyright, Reason("Copyright"));
        Assert.DoesNotContain("佐藤花子", s.Authors);
    }

    [Theory]
    [InlineData("本报记者 陈晓东", new[] { "陈晓东" })]
    [InlineData("文／周雨桐", new[] { "周雨桐" })]
    [InlineData("记者 刘洋 报道", new[] { "刘洋" })]
    [InlineData("筆者：鈴木 一郎", new[] { "鈴木 一郎" })]
    [InlineData("取材・文：高橋ゆかり、中村健", new[] { "高橋ゆかり", "中村健" })]
    public void East_asian_bylines_name_their_authors(string line, string[] names) =>
        Assert.Equal(names, BylineRules.CjkBylineNames(line));

    [Theory]
    [InlineData("作者认为，美国的出口管制将长期影响全球半导体供应链的格局。")]
    [InlineData("记者了解到，多家企业已经提交了许可证申请。")]
    [InlineData("文部科学省は3日、新たな研究支援策を発表した。")]
    public void Article_sentences_that_start_like_a_byline_are_not_bylines(string line) =>
        Assert.Empty(BylineRules.CjkBylineNames(line));

    [Theory]
    [InlineData("未经许可，不得转载。", RemovalReasons.Copyright)]
    [InlineData("© 2025 東都新聞社", RemovalReasons.Copyright)]
    [InlineData("無断転載・複製を禁じます。", RemovalReasons.Copyright)]
    [InlineData("延伸阅读", RemovalReasons.RelatedArticles)]
    [InlineData("あわせて読みたい", RemovalReasons.RelatedArticles)]
    [InlineData("（责任编辑：王小红）", RemovalReasons.EditorCredit)]
    [InlineData("来源：新华网", RemovalReasons.Syndication)]
    public void East_asian_furniture_lines_are_recognised(string line, string reason) =>
        Assert.Equal(reason, FurnitureRules.Classify(line));

    [Theory]
    [InlineData("编辑部认为，这一政策将在明年产生效果。")]
    [InlineData("相关部门表示将继续关注芯片出口的动向。")]
    public void Article_lines_that_start_like_furniture_stay(string line) =>
        Assert.Null(FurnitureRules.Classify(line));
}
