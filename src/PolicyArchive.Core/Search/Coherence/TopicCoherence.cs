using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.Coherence;

/// <summary>Moves down a top hit that talks about something else than the hits around it (the cluster hypothesis:
/// texts that answer one query resemble each other). A look-alike holds the query's words in another story, "Potato
/// chip exports to China" among texts on chip export controls, a fashion article on « modèles » among texts on AI
/// models: it scores as well as they do, but shares little of their vocabulary. Each of the first
/// <see cref="Depth"/> hits is compared (cosine of tf-idf over <see cref="PivotTerms"/>, so across languages) with the
/// first <see cref="Context"/>, weighted by their scores; a hit less alike than the median of those is scaled down by
/// its shortfall to the power <see cref="Sharpness"/>; no score is raised (a hit rises only as others go below it).
/// Hits are only reordered within their tier (every concept, then some), and hits without pivot terms (indexed before
/// the field existed) keep their scores.
/// The constants were chosen on the mean of ten judged collections' recall@5 and MRR (docs/search.md).</summary>
public static class TopicCoherence
{
    public const int Depth = 20;
    public const int Context = 5;
    public const double Sharpness = 1.5;

    /// <summary>A text of this many weighing pivot terms or fewer (held by some texts, not all: a note of a few lines) says
    /// too little to be judged off topic: it keeps its score.</summary>
    public const int MinTerms = 60;

    /// <summary>The hits in their new order: each tier (a list of hits ranked by score) reordered within itself.</summary>
    public static List<ScoreDoc> Rerank(IndexReader reader, IReadOnlyList<IReadOnlyList<ScoreDoc>> tiers)
    {
        var all = tiers.SelectMany(t => t).ToList();
        var candidates = all.Take(Depth).ToList();
        if (candidates.Count < 3) return all;
        var pivot = new PivotVectors(reader);
        var vectors = candidates.ToDictionary(d => d.Doc, d => pivot.Of(d.Doc));
        var context = candidates.Take(Context).ToList();
        // Each hit's likeness to the others of the context, weighted by their scores: its product with their weighted
        // sum, less its own share when it is one of them (a vector of unit length is fully like itself).
        var centroid = PivotVectors.Vector.Sum([.. context.Select(d => (vectors[d.Doc], (double)d.Score))]);
        var weights = context.Sum(d => (double)d.Score);
        var inContext = context.ToDictionary(d => d.Doc, d => (double)d.Score);
        var similarity = candidates.ToDictionary(d => d.Doc, d =>
        {
            var own = inContext.GetValueOrDefault(d.Doc);
            var self = vectors[d.Doc].Count > 0 ? own : 0;
            // Rounding can leave a hit sharing nothing a hair below zero.
            return weights - own > 0 ? Math.Max(0, (vectors[d.Doc].Cosine(centroid) - self) / (weights - own)) : 0;
        });
        var contextSimilarities = context.Where(d => vectors[d.Doc].Count > 0).Select(d => similarity[d.Doc]).Order().ToList();
        if (contextSimilarities.Count < 3) return all;
        var median = contextSimilarities[contextSimilarities.Count / 2];
        if (median <= 0) return all;

        var reranked = new List<ScoreDoc>(all.Count);
        var placed = 0;
        foreach (var tier in tiers)
        {
            var inDepth = tier.Take(Math.Max(0, Depth - placed)).ToList();
            placed += tier.Count;
            reranked.AddRange(inDepth
                .Select((d, i) => (Doc: d, Score: vectors[d.Doc].Count <= MinTerms ? d.Score : d.Score * Math.Pow(Math.Min(1, similarity[d.Doc] / median), Sharpness), Rank: i))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Rank)
                .Select(x => x.Doc));
            reranked.AddRange(tier.Skip(inDepth.Count));
        }
        return reranked;
    }
}
