using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Indexing;

/// <summary>What a store with concurrent writers (PostgreSQL) can tell the change-log reader about transactions that may still
/// commit an entry: with it, a gap in the sequence is passed as soon as every transaction that could fill it has ended,
/// however long that takes, instead of after a fixed patience. The store hands out an entry's number only once its
/// transaction holds a transaction id (the PostgreSQL migrations' trigger makes sure of it), so the transactions running
/// when a gap is first seen include the one that holds the missing number.</summary>
public interface IInFlightTransactions
{
    /// <summary>The transactions running now, as an opaque token.</summary>
    Task<string> CaptureAsync(ArchiveDbContext db, CancellationToken ct);

    /// <summary>True once every transaction running at <paramref name="captured"/> has committed or rolled back.</summary>
    Task<bool> HaveEndedAsync(ArchiveDbContext db, string captured, CancellationToken ct);
}
