using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

public sealed record PossibleDuplicate(string PublicId, string Slug, string Title, double Similarity, bool SameContent);

/// <summary>Finds documents that a new text may duplicate: the same content hash, or a near-duplicate body by shingle resemblance.</summary>
public sealed class DuplicateFinder(ArchiveDbContext db)
{
    /// <summary>Resemblance from which two texts are shown as possible duplicates.</summary>
    public const double Threshold = 0.5;

    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(string body, IEnumerable<string> hashes, string? exceptPublicId = null, CancellationToken ct = default)
    {
        var hashList = hashes.Append(RevisionFactory.Sha256Hex(body)).Distinct().ToList();
        var found = new Dictionary<string, PossibleDuplicate>();
        var same = await db.Documents.AsNoTracking()
            .Where(d => hashList.Contains(d.ContentSha256) && d.PublicId != exceptPublicId)
            .Select(d => new { d.PublicId, d.Slug, d.Title }).ToListAsync(ct);
        foreach (var d in same) found[d.PublicId] = new(d.PublicId, d.Slug, d.Title, 1, true);

        // Only texts of comparable length can reach the threshold, so the rest is never loaded.
        var length = body.Length;
        var candidates = await db.Documents.AsNoTracking()
            .Where(d => d.PublicId != exceptPublicId && !hashList.Contains(d.ContentSha256) && d.Body.Length >= length / 3 && d.Body.Length <= length * 3)
            .Select(d => new { d.PublicId, d.Slug, d.Title, d.Body }).ToListAsync(ct);
        var mine = Shingles.Of(body);
        foreach (var c in candidates.Where(c => !found.ContainsKey(c.PublicId)))
        {
            var similarity = Shingles.Jaccard(mine, Shingles.Of(c.Body));
            if (similarity >= Threshold) found[c.PublicId] = new(c.PublicId, c.Slug, c.Title, similarity, similarity >= 0.999);
        }
        return found.Values.OrderByDescending(d => d.Similarity).ToList();
    }
}
