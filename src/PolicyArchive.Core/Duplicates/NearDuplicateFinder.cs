using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Duplicates;

public sealed record PossibleDuplicate(string PublicId, string Slug, string Title, double Similarity, bool SameContent);

/// <summary>Documents a text may duplicate, by the archive's one algorithm: the same source hash, or candidates from the
/// index's MinHash bands whose shingle resemblance, measured exactly on those few, reaches <see cref="Threshold"/>.
/// The form asks it before a save; ingestion flags with the same bands and the same threshold.</summary>
public sealed class NearDuplicateFinder(ArchiveDbContext db, ArchiveIndex index)
{
    /// <summary>Resemblance from which two texts are shown as possible duplicates.</summary>
    public const double Threshold = 0.5;

    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(string body, IEnumerable<string> contentHashes, string? exceptPublicId = null, CancellationToken ct = default)
    {
        var hashList = contentHashes.Append(RevisionFactory.Sha256Hex(body)).Distinct().ToList();
        var found = new Dictionary<string, PossibleDuplicate>(StringComparer.Ordinal);
        var same = await db.Documents.AsNoTracking()
            .Where(d => hashList.Contains(d.ContentSha256) && d.PublicId != exceptPublicId)
            .Select(d => new { d.PublicId, d.Slug, d.Title }).ToListAsync(ct);
        foreach (var d in same) found[d.PublicId] = new(d.PublicId, d.Slug, d.Title, 1, true);

        var shingles = Shingles.Of(body);
        var candidates = NearDuplicateCandidates.Find(index, MinHash.BandKeys(shingles), exceptPublicId ?? "")
            .Where(id => !found.ContainsKey(id)).ToList();
        if (candidates.Count > 0)
        {
            var others = await db.Documents.AsNoTracking().Where(d => candidates.Contains(d.PublicId))
                .Select(d => new { d.PublicId, d.Slug, d.Title, d.Body }).ToListAsync(ct);
            foreach (var o in others)
            {
                var similarity = Shingles.Jaccard(shingles, Shingles.Of(o.Body));
                if (similarity >= Threshold) found[o.PublicId] = new(o.PublicId, o.Slug, o.Title, similarity, similarity >= 0.999);
            }
        }
        return found.Values.OrderByDescending(d => d.Similarity).ToList();
    }

    /// <summary>Records the near-duplicates of a new document as flags for the editors' duplicates page, as ingestion does.</summary>
    public static async Task FlagAsync(ArchiveDbContext db, Document document, IEnumerable<PossibleDuplicate> duplicates, DateTime now, CancellationToken ct = default)
    {
        var ids = duplicates.Select(p => p.PublicId).ToList();
        if (ids.Count == 0) return;
        var others = await db.Documents.Where(d => ids.Contains(d.PublicId)).Select(d => new { d.Id, d.PublicId }).ToListAsync(ct);
        foreach (var o in others)
        {
            var similarity = duplicates.First(p => p.PublicId == o.PublicId).Similarity;
            db.DuplicateFlags.Add(new DuplicateFlag { DocumentId = document.Id, OtherDocumentId = o.Id, Similarity = similarity, CreatedAt = now });
        }
    }
}
