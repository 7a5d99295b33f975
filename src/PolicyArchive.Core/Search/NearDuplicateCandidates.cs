using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search;

/// <summary>Documents that share MinHash bands with a text, most shared first: the only ones worth comparing exactly.</summary>
public static class NearDuplicateCandidates
{
    public static IReadOnlyList<string> Find(ArchiveIndex index, IReadOnlyList<string> bands, string exceptPublicId, int max = 10)
    {
        if (bands.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var band in bands) query.Add(new TermQuery(new Term(IndexFields.NearDuplicateBands, band)), Occur.SHOULD);
        using var lease = index.Acquire();
        var top = lease.Searcher.Search(query, max + 1);
        var idOnly = new HashSet<string> { IndexFields.Id };
        return top.ScoreDocs
            .Select(sd => lease.Searcher.Doc(sd.Doc, idOnly).Get(IndexFields.Id))
            .Where(id => id != exceptPublicId)
            .Take(max)
            .ToList();
    }
}
