using Microsoft.EntityFrameworkCore;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Store;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Search.Expansion;

/// <summary>The thesaurus searches expand with, held in memory for the whole app and swapped whole when editors change
/// it: a search reads one consistent version without locking.</summary>
public sealed class ThesaurusCache(ArchiveIndex index)
{
    private volatile ThesaurusExpander? _current;

    public ThesaurusExpander Current => _current ??= ThesaurusExpander.Empty(index.Analyzers);

    public void Replace(IEnumerable<ThesaurusConcept> concepts) => _current = new ThesaurusExpander(index.Analyzers, concepts.ToList());

    /// <summary>Loads the thesaurus from the store (call at start and after every edit of the thesaurus).</summary>
    public async Task ReloadAsync(ArchiveDbContext db, CancellationToken ct = default) => _current = await ReadAsync(db, ct);

    /// <summary>The thesaurus as the store holds it now (in the caller's transaction, if any), without replacing the one
    /// searches use: what an edit is checked against.</summary>
    public async Task<ThesaurusExpander> ReadAsync(ArchiveDbContext db, CancellationToken ct = default) =>
        new(index.Analyzers, await db.ThesaurusConcepts.Include(c => c.Terms).AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct));

    /// <summary>Fills an empty thesaurus table from the seed file; a table editors already filled is left alone.
    /// Returns the file's problems, if any, for the start-up log.</summary>
    public static async Task<IReadOnlyList<string>> SeedIfEmptyAsync(ArchiveDbContext db, string path, CancellationToken ct = default)
    {
        if (await db.ThesaurusConcepts.AnyAsync(ct)) return [];
        var loaded = ThesaurusFile.Load(path);
        if (loaded.Concepts.Count == 0) return loaded.Errors;
        db.ThesaurusConcepts.AddRange(loaded.Concepts);
        ChangeLog.Record(db, ChangeKinds.ThesaurusSeed, subject: path);
        await db.SaveChangesAsync(ct);
        return loaded.Errors;
    }
}
