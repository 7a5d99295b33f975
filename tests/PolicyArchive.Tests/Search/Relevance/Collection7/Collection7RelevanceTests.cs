using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection7;

public sealed class Collection7Fixture() : JudgedCollectionFixture(JudgedCollection.Seventh);

/// <summary>Recall@5 and MRR on the seventh collection: written without looking at search, after search had been tuned
/// on the second to sixth, and held out until the eighth was written; tuned on since (its misses are printed). Measured
/// per kind of query and overall, with the thesaurus and dictionaries and as typed. The floors are the figures measured
/// (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection7RelevanceTests(Collection7Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection7Fixture>
{
    // First measured (2026-12-02, at 68dc3ef, before anything was changed after it was written): 0.867 / 0.941 with
    // expansion, 0.429 / 0.776 as typed; with ENAMDICT's names 0.868 / 0.941; with AI法 as any AI law and English forms
    // borrowing their headword's missing languages, 0.876 / 0.941; after a second read's mends (no acronyms as names, a
    // name's writing only where it is the word's sense, past participles only), 0.874 / 0.941; with titles weighing as
    // much as bodies, 0.880 / 0.950. Tuned on from here: with Latin letters glued to Chinese or Japanese split where the
    // script changes (AIセラピー, AI图像), 0.900 / 0.972; with country adjectives (taïwanaise: 台湾), 0.904 / 0.972; with
    // French feminine agent nouns in their masculine's family (inventrice: inventeur), 0.907 / 0.972; with names matched
    // by their sound across katakana and Latin letters (Midjourney: ミッドジャーニー), 0.908 / 0.969; with the US states (typed with 州, one word) in the domain lexicon, 0.908 / 0.972.
    public const double RecallAt5Floor = 0.915; // 0.918 / 0.974 with katakana that does not split wholly into headwords kept whole (AIウォッシング); 0.915 / 0.972 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage)
    public const double MrrFloor = 0.97;
    public const double AsTypedRecallAt5Floor = 0.425;
    public const double AsTypedMrrFloor = 0.77;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.81, // 0.815 (first 0.702)
        ["en-over-fr"] = 0.93, // 0.932 (first 0.896)
        ["en-over-ja"] = 0.92, // 0.922 with names matched by their sound (0.906 before; first 0.885)
        ["en-over-zh"] = 0.93, // 0.931 (first 0.914)
        ["fr-forms"] = 0.89, // 0.892 once « inventrice » finds « inventeur » (0.862 before; first 0.836)
        ["fr-no-accents"] = 0.90, // 0.905
        ["fr-over-en"] = 0.975, // 0.981 (first 0.921)
        ["fr-over-zh"] = 0.92, // 0.924 (first 0.896)
        ["ja-over-fr"] = 0.85, // 0.853 with katakana loanwords kept whole; 0.814 (first 0.737)
        ["same-language"] = 0.87, // 0.876 (first 0.820)
        ["zh-over-fr"] = 0.87, // 0.875 (first 0.847)
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Seventh.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: true);
}
