using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;

namespace PolicyArchive.Web.Nodes;

/// <summary>PostgreSQL's view of running transactions (pg_current_snapshot): a snapshot's xmax is above every transaction id
/// handed out when it was taken, and the current snapshot's xmin is the oldest transaction still running. Once that xmin
/// reaches the captured xmax, every transaction that was running at the capture has committed or rolled back.</summary>
public sealed class PostgresInFlightTransactions : IInFlightTransactions
{
    public async Task<string> CaptureAsync(ArchiveDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<string>("SELECT pg_current_snapshot()::text AS \"Value\"").SingleAsync(ct);

    public async Task<bool> HaveEndedAsync(ArchiveDbContext db, string captured, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>(
            $"SELECT pg_snapshot_xmin(pg_current_snapshot()) >= pg_snapshot_xmax({captured}::pg_snapshot) AS \"Value\"").SingleAsync(ct);
}
