using PolicyArchive.Bench.Corpus;

namespace PolicyArchive.Bench.Queries;

/// <summary>The fixed mix: three queries per class, so no class hangs on one lucky or unlucky query.</summary>
public static class QuerySet
{
    public static IReadOnlyList<BenchQuery> Standard { get; } = Build();

    private static List<BenchQuery> Build()
    {
        // Long-tail ranks chosen so the words occur about 5, 1 and 0.2 times per 1,000 documents.
        var rare = new[] { 300, 1_500, 6_000 }.Select(LongTailVocabulary.Word).ToList();
        return
        [
            Terms(QueryClass.RareTerm, rare[0]),
            Terms(QueryClass.RareTerm, rare[1]),
            Terms(QueryClass.RareTerm, rare[2]),
            Terms(QueryClass.CommonTerm, "puces"),
            Terms(QueryClass.CommonTerm, "modèles"),
            Terms(QueryClass.CommonTerm, "Chine"),
            Terms(QueryClass.TwoTerms, "contrôles", "exportation"),
            Terms(QueryClass.TwoTerms, "DeepSeek", "innovation"),
            Terms(QueryClass.TwoTerms, "Anthropic", "puces"),
            Terms(QueryClass.ThreeTerms, "modèles", "open", "source"),
            Terms(QueryClass.ThreeTerms, "puces", "NVIDIA", "Chine"),
            Terms(QueryClass.ThreeTerms, "matériel", "américain", "développeurs"),
            Phrase("sécurité nationale"),
            Phrase("contrôle des exportations"),
            Phrase("centres de données"),
            Filtered("puces", Language.French, 2025),
            Filtered("DeepSeek", Language.English, 2024),
            Filtered("modèles", Language.French, 2023),
            Terms(QueryClass.CrossLanguage, "export", "controls"),
            Terms(QueryClass.CrossLanguage, "chips"),
            Terms(QueryClass.CrossLanguage, "出口管制"),
            Terms(QueryClass.Typo, "Deepsek"),
            Terms(QueryClass.Typo, "exportaton"),
            Terms(QueryClass.Typo, "Anthropik"),
        ];
    }

    /// <summary>
    /// Queries asked once each, for caches of query analysis (translations, spelling suggestions) that the repeated
    /// standard set keeps warm: a topical word the standard set also uses, with a long-tail name no query uses
    /// (ranks past the standard set's rare words, so most occur in a handful of documents or none, as a new name would).
    /// </summary>
    public static IReadOnlyList<string> FirstTime(int count)
    {
        string[] topical = ["puces", "modèles", "Chine", "exportation", "sécurité", "données", "chips", "export", "innovation", "développeurs"];
        return Enumerable.Range(0, count).Select(i => $"{topical[i % topical.Length]} {LongTailVocabulary.Word(10_000 + (i * 37))}").ToList();
    }

    private static BenchQuery Terms(QueryClass queryClass, params string[] terms) =>
        new(queryClass, string.Join(' ', terms), terms);

    private static BenchQuery Phrase(string phrase) =>
        new(QueryClass.Phrase, $"\"{phrase}\"", phrase.Split(' '), IsPhrase: true);

    private static BenchQuery Filtered(string term, string language, int year) =>
        new(QueryClass.Filtered, $"{term} lang:{language} after:{year}-01 before:{year}-12", [term], Language: language, Year: year);
}
