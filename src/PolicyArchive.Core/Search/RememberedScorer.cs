using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>A scorer over one segment's documents remembered in order (<see cref="PhraseMatches"/>,
/// <see cref="ConceptScores"/>): it steps and leaps through them as a postings list would, skipping those
/// <paramref name="acceptDocs"/> refuses (deleted since, or left out by a filter); the subclass scores the one it is on.</summary>
internal abstract class RememberedScorer(Weight weight, int[] docs, long cost, IBits? acceptDocs) : Scorer(weight)
{
    /// <summary>Where the scorer stands in the remembered documents.</summary>
    protected int Index { get; private set; } = -1;

    public override int DocID => Index < 0 ? -1 : Index >= docs.Length ? NO_MORE_DOCS : docs[Index];

    public override int NextDoc()
    {
        Index++;
        return SkipRefused();
    }

    public override int Advance(int target)
    {
        var from = Math.Max(Index, 0);
        if (from >= docs.Length)
        {
            Index = docs.Length;
            return NO_MORE_DOCS;
        }
        var found = Array.BinarySearch(docs, from, docs.Length - from, target);
        Index = found >= 0 ? found : ~found;
        return SkipRefused();
    }

    public override long GetCost() => cost;

    private int SkipRefused()
    {
        while (Index < docs.Length && acceptDocs is not null && !acceptDocs.Get(docs[Index])) Index++;
        return DocID;
    }
}
