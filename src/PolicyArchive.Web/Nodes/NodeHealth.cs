using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Nodes;

/// <summary>GET /healthz: 503 until start-up is done and this node's index has caught up with the store's change log once
/// (a node with an empty data folder is building its index), then 200. Both report the lag: change-log entries the index
/// has not taken in yet, and the age of the oldest of them. After that a store that cannot be reached keeps the node at
/// 200 (its index still answers searches), said in "store". With SQLite (one process, no load balancer to keep away from
/// a node that is behind) 200 comes once start-up is done, as start-up already waited a bounded time for the index.</summary>
public sealed class NodeHealth(IServiceScopeFactory scopes, ArchiveChanges changes, ArchiveReadiness readiness, bool requireCaughtUp)
{
    private volatile bool _caughtUp = !requireCaughtUp;

    public async Task<IResult> ReportAsync(CancellationToken ct)
    {
        if (!readiness.IsReady) return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        var applied = changes.Applied;
        long? latest = null;
        double? lagSeconds = null;
        var store = "ok";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            latest = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            var oldest = await db.ChangeLog.Where(e => e.Sequence > applied).OrderBy(e => e.Sequence).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(ct);
            lagSeconds = oldest is { } at ? Math.Max(0, (DateTime.UtcNow - at).TotalSeconds) : 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            store = "unreachable: " + ArchiveHealth.Describe(ex);
        }
        var lag = latest is { } l ? Math.Max(0, l - applied) : (long?)null;
        if (lag == 0) _caughtUp = true;
        var body = new { status = _caughtUp ? "ready" : "catching up", applied, latest, lag, lagSeconds, rebuilding = changes.IsRebuilding, store };
        return _caughtUp ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
