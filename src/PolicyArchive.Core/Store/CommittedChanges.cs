using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Store;

/// <summary>Tells a context when a transaction it saved a change in has committed: only then is that change something a
/// request may wait to see indexed and say was saved. A transaction rolled back, refused at commit or disposed
/// uncommitted never reaches here, so its change-log entry is forgotten with it.</summary>
internal sealed class CommittedChanges : DbTransactionInterceptor
{
    public static readonly CommittedChanges Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ArchiveDbContext)?.Committed(eventData.TransactionId);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ArchiveDbContext)?.Committed(eventData.TransactionId);
        return Task.CompletedTask;
    }
}
