using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection9;

public sealed class Collection9Fixture() : JudgedCollectionFixture(JudgedCollection.Ninth);

/// <summary>Recall@5 and MRR on the ninth collection: written without looking at search, after search had been tuned
/// on the second to seventh, and held out until the twelfth was begun; tuned on since (its misses are printed).
/// Measured per kind of query and overall, with the thesaurus and dictionaries and as typed. The floors are the figures
/// measured (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection9RelevanceTests(Collection9Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection9Fixture>
{
    // First measured (2026-12-04) at e781349 on parts 1, 2 and 4 (60 documents, 157 queries): 0.875 / 0.954 with the
    // thesaurus and dictionaries, 0.396 / 0.798 as typed; with part 3 appended (80 documents, 210 queries), search
    // unchanged: 0.879 / 0.953, as typed 0.392 / 0.785; with names matched by their sound across katakana and Latin
    // letters (chosen on the second to seventh, measured here once), 0.887 / 0.955; with the US states, the second
    // domain-lexicon batch and full names heard across the middle dot (chosen on the eighth, measured here once),
    // 0.887 / 0.955, no kind moved. Tuned on from here: with the third domain-lexicon batch (chip-design software, energy,
    // hiring, proctoring, call centres, tax authorities, emergency departments), 0.895 / 0.965.
    public const double RecallAt5Floor = 0.907; // 0.909 / 0.970 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage); 0.906 / 0.970 with French plurals in -iés read as French (« salariés »)
    // and employees, electoral and plans in the domain lexicon; 0.903 / 0.968 with coding assistants, labour ministries, job seekers and
    // "grid" on the power grid's line; 0.899 / 0.966 with no French back through English in another sense; 0.895 / 0.965
    // with the third domain-lexicon batch (0.887 / 0.955 held out)
    public const double MrrFloor = 0.965;
    public const double AsTypedRecallAt5Floor = 0.39;
    public const double AsTypedMrrFloor = 0.78;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.67, // 0.676 with no French back through English in another sense (« piscine » was « groupe »); 0.647 with the third lexicon batch, a loss kept in view: `licence libre open source poids`
        // lost a text once « licence libre » is one concept (open-source licences); 0.652 with names matched by their sound (first 0.632)
        ["en-over-fr"] = 0.955, // 0.956 with chip-design software (EDA) (0.943 before)
        ["en-over-ja"] = 0.90, // 0.901 with coding assistants and "grid" on the power grid's line (0.865 before)
        ["en-over-zh"] = 0.915, // 0.917 with EDA (0.899 with names matched by their sound (first 0.881)
        ["fr-forms"] = 0.86, // 0.864 with open-source licences (0.846 with names matched by their sound (first 0.829)
        ["fr-no-accents"] = 0.92, // 0.921 with coding assistants; 0.904 with no French back through English in another sense; 0.863 with the third lexicon batch: `assistant de programmation licences libres proces` 1.00 → 0.67
        // in recall (its first relevant text rose from second to first); 0.867 with names matched by their sound (first 0.850)
        ["fr-over-en"] = 0.905, // 0.906 with look-alikes moved down (TopicCoherence); 0.922 with no French back through English in another sense, a loss kept in view: an English
        // text had held `plateforme publique de calcul en Inde` through « calcul » → calculation → « addition » (in addition); 0.938
        ["fr-over-zh"] = 0.895, // 0.900 with no French back through English in another sense: `Inde calcul subventionné
        // intelligence artificielle` lost the same English text, held the same way; 0.917
        ["ja-over-fr"] = 0.915, // 0.917 with EDA and tax authorities (0.887 before)
        ["same-language"] = 0.94, // 0.942 with names matched by their sound (first 0.925)
        ["zh-over-fr"] = 0.895, // 0.897 with proctoring and tax authorities (0.863 before)
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Ninth.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: true);
}
