using Lucene.Net.Index;
using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Coherence;

namespace PolicyArchive.Tests.Search.Coherence;

/// <summary>A look-alike (the query's words in another story) goes below the texts on the query's subject, across
/// languages; texts holding every word stay above those holding some; pages follow each other.</summary>
public sealed class TopicCoherenceTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("on-en-1", "Washington tightens rules on AI chips sold to China",
            "The Commerce Department told Nvidia that its H20 accelerators, designed for the Chinese market to comply with earlier rules, " +
            "now require an export licence. Officials cited national security and the risk that advanced semiconductors would feed " +
            "supercomputers used by the People's Liberation Army. Nvidia said it expected a charge of several billion dollars on " +
            "inventory and purchase commitments. AMD disclosed a similar requirement for its MI308 processors. Analysts said Chinese " +
            "cloud providers such as Alibaba, Tencent and ByteDance had stockpiled the accelerators in anticipation. The Bureau of " +
            "Industry and Security has widened its entity list several times since October 2022, adding fabs, design houses and " +
            "equipment makers. Lawmakers in Congress want stricter enforcement against smuggling through Singapore and Malaysia, " +
            "and some propose location verification for every exported graphics processor. Huawei's Ascend line is the main " +
            "domestic alternative, though its yields at SMIC remain limited by restrictions on lithography tools from ASML.", "en"),
        TestDocs.Make("on-fr-1", "Puces d'IA : Washington durcit les contrôles à l'exportation vers la Chine",
            "Le département du Commerce américain exige désormais une licence pour exporter vers la Chine les accélérateurs H20 de " +
            "Nvidia, conçus pour respecter les règles précédentes. L'administration invoque la sécurité nationale et le risque de " +
            "voir ces semi-conducteurs alimenter des supercalculateurs militaires. Nvidia prévoit une charge de plusieurs milliards " +
            "de dollars sur ses stocks. AMD annonce une exigence semblable pour ses processeurs MI308. Selon les analystes, les " +
            "fournisseurs chinois d'informatique en nuage avaient constitué des réserves. Le Bureau de l'industrie et de la " +
            "sécurité a élargi sa liste d'entités à plusieurs reprises depuis octobre 2022, visant fonderies, concepteurs et " +
            "fabricants d'équipements. Au Congrès, des élus réclament une lutte plus ferme contre la contrebande via Singapour et " +
            "la Malaisie. Huawei et ses puces Ascend restent l'alternative nationale, freinée par les restrictions sur les machines " +
            "de lithographie d'ASML.", "fr"),
        TestDocs.Make("on-en-2", "Chip export controls: what the new licence rule covers",
            "The rule issued by the Bureau of Industry and Security extends licence requirements to advanced computing chips below " +
            "the earlier performance thresholds, including accelerators tailored for China. Exporters must now screen customers " +
            "headquartered in countries of concern and report suspicious orders. The rule also tightens controls on semiconductor " +
            "manufacturing equipment, from deposition tools to etching machines, and adds dozens of Chinese firms to the entity " +
            "list. Nvidia and AMD will need licences, which officials said would face a presumption of denial. Trade lawyers expect " +
            "more compliance audits, while allies in the Netherlands and Japan are being asked to align their own controls on " +
            "lithography. Critics warn that the measures push Beijing to accelerate its domestic chip industry and subsidise SMIC " +
            "and Huawei, while supporters say compute remains the bottleneck for frontier artificial intelligence models.", "en"),
        TestDocs.Make("lookalike", "Potato chip exports to China climb as snack makers chase new buyers",
            "American potato chips are finding a growing audience in China. Chip exports to China, of crisps and other potato snacks, " +
            "rose eighteen percent last year, according to the Department of Agriculture, helped by online grocers and the " +
            "popularity of bold flavours such as spicy crayfish, seaweed and cheddar cheese. Snack makers say consumers associate " +
            "imported brands with quality and are willing to pay a premium at supermarkets. Kettle-cooked varieties sell well on " +
            "cross-border shopping platforms during festivals. Farmers in Idaho and Washington state welcome the demand for russet " +
            "potatoes, though freight costs and tariffs on packaged food weigh on margins. Retail buyers from Shanghai visited a " +
            "trade fair in Chicago to taste new recipes, from sweet potato wedges to vegetable crackers, and several family " +
            "bakeries signed distribution deals with importers in Guangzhou and Shenzhen to grow their chip exports to China.", "en"),
        TestDocs.Make("other-1", "Data centres strain the power grid",
            "Utilities report that new data centres for artificial intelligence draw as much electricity as a small city. Grid " +
            "operators ask for new transmission lines, nuclear plants and gas turbines, while regulators debate who pays.", "en"),
        TestDocs.Make("other-2", "Authors sue over training data",
            "Novelists and publishers filed suit over the use of pirated books to train language models; the court will rule on " +
            "fair use and damages next year.", "en"),
    ]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Hits_move_down_within_their_tier_only_and_never_up()
    {
        using var lease = _index.Index.Acquire();
        var searcher = lease.Searcher;
        ScoreDoc Hit(string id, float score) => new(searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs[0].Doc, score);
        string Id(ScoreDoc d) => searcher.Doc(d.Doc).Get(IndexFields.Id);

        // One tier: the look-alike, second by score, goes last.
        var one = TopicCoherence.Rerank(searcher.IndexReader, [[Hit("on-en-1", 1.0f), Hit("lookalike", 0.95f), Hit("on-fr-1", 0.9f), Hit("on-en-2", 0.85f)]]);
        Assert.Equal("on-en-1", Id(one[0]));
        Assert.Equal("lookalike", Id(one[^1]));

        // The look-alike alone holds every concept: it stays above the tier of texts holding some, however they score.
        var two = TopicCoherence.Rerank(searcher.IndexReader, [[Hit("lookalike", 0.1f)], [Hit("on-en-1", 1.0f), Hit("on-fr-1", 0.9f), Hit("on-en-2", 0.85f)]]);
        Assert.Equal("lookalike", Id(two[0]));
        Assert.Equal(["on-en-1", "on-en-2", "on-fr-1"], two.Skip(1).Select(Id).Order(StringComparer.Ordinal));

        // A note of two lines says too little to be judged: it keeps its place.
        var shortNote = TopicCoherence.Rerank(searcher.IndexReader, [[Hit("on-en-1", 1.0f), Hit("other-1", 0.95f), Hit("on-fr-1", 0.9f), Hit("on-en-2", 0.85f)]]);
        Assert.Equal(["on-en-1", "other-1"], shortNote.Take(2).Select(Id));
    }

    [Fact]
    public void Pages_follow_each_other()
    {
        var whole = _index.Ids("China", pageSize: 4);
        var first = _index.Search.Search(new SearchRequest("China", 1, 2)).Hits.Select(h => h.PublicId);
        var second = _index.Search.Search(new SearchRequest("China", 2, 2)).Hits.Select(h => h.PublicId);
        Assert.Equal(whole, [.. first, .. second]);
    }
}

/// <summary>On the second relevance collection, as a researcher searches it.</summary>
public sealed class TopicCoherenceOnCollectionTests
{
    [Theory]
    [InlineData("IA Zanzibar")] // no text says Zanzibar: every hit comes from the pass holding some words
    [InlineData("modèles Zanzibar")]
    [InlineData("IA")]
    public void Pages_follow_each_other_also_when_few_texts_hold_every_word(string query)
    {
        using var index = new TestIndex(Relevance.Collection2Corpus.Documents());
        var whole = index.Ids(query, pageSize: 27);
        Assert.True(whole.Count == 27, $"{whole.Count} hits");
        // Pages of one hit: the first pages reach only a few hits deep, the later ones past the hits reordered.
        var pages = Enumerable.Range(1, 27).SelectMany(p => index.Search.Search(new SearchRequest(query, p, 1)).Hits.Select(h => h.PublicId)).ToList();
        Assert.Equal(whole, pages);
    }

    [Fact]
    public void A_tax_audit_about_exporting_a_file_is_not_first_for_export_controls()
    {
        // « Contrôle fiscal : comment exporter correctement son fichier… » holds both words, close together in its title,
        // and was first by words alone; the texts on export controls (French, English, Chinese) share far more with each
        // other than with it.
        using var index = new TestIndex(Relevance.Collection2Corpus.Documents());
        var ids = index.Ids("contrôle des exportations");
        var relevant = Relevance.Collection2Judgements.All.Single(j => j.Query == "contrôle des exportations").Relevant;
        Assert.All(ids.Take(3), id => Assert.Contains(id, relevant));
        Assert.DoesNotContain("c2-027", ids.Take(3));
    }
}
