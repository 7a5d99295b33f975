using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Core.Documents;

/// <summary>A page of hits' bodies, read from the store in one statement: the store holds each body once, and the index
/// none (a copy there cost as much disk as the store's own bodies).</summary>
public sealed class StoreDocumentBodies(IServiceScopeFactory scopes) : IDocumentBodies
{
    public IReadOnlyDictionary<string, string> Find(IReadOnlyCollection<string> publicIds)
    {
        if (publicIds.Count == 0) return new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = publicIds.Distinct(StringComparer.Ordinal).ToList();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        return db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.PublicId))
            .Select(d => new { d.PublicId, d.Body })
            .ToDictionary(d => d.PublicId, d => d.Body, StringComparer.Ordinal);
    }
}
