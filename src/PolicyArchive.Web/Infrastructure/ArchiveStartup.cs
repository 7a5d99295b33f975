using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>Runs before the site takes requests: schema migrations, the first administrator, the index catching up
/// with the store, and the seeds. /healthz answers 200 once this is done.</summary>
public sealed class ArchiveStartup(IServiceProvider services, IOptions<ArchiveOptions> options, ArchivePaths paths, ArchiveReadiness readiness, ILogger<ArchiveStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ArchiveDbContext>();
        // Migrate also diffs the whole model against the snapshot (~0.4 s): only worth it when a migration is pending.
        if (options.Value.ApplyMigrationsAtStart && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            await db.Database.MigrateAsync(cancellationToken);

        await EnsureRolesAndAdminAsync(sp);
        await LoadThesaurusAsync(db, cancellationToken);
        await sp.GetRequiredService<IndexSynchronizer>().SynchronizeAsync(cancellationToken);
        WarmUpSearch();

        if (options.Value.IngestSeedsAtStart && paths.SeedsDirectory is { } seeds)
            await IngestSeedsAsync(sp.GetRequiredService<IngestionService>(), seeds, cancellationToken);

        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One throw-away search in the background while Kestrel starts, so the first reader's search does not pay
    /// for compiling the search path, loading the index's term dictionaries and doc values, and loading the lexicon.</summary>
    private void WarmUpSearch() => _ = Task.Run(() =>
    {
        try
        {
            services.GetRequiredService<SearchService>().Search(new SearchRequest("archive", 1, 10));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Search warm-up failed; the first search will be slower");
        }
    });

    /// <summary>The origin a seed is stored under: stable across machines, unlike its absolute path.</summary>
    private static string SeedOrigin(string fileName) => "seeds/" + fileName;

    private async Task EnsureRolesAndAdminAsync(IServiceProvider sp)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in ArchiveRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            logger.LogInformation("No Archive:Admin:Email/Password configured; create an administrator with the create-admin command");
            return;
        }
        var created = await AdminAccounts.EnsureAsync(sp.GetRequiredService<UserManager<ArchiveUser>>(), admin.Email, admin.Password);
        if (!created.Succeeded)
            logger.LogError("The configured administrator could not be created: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    private async Task LoadThesaurusAsync(ArchiveDbContext db, CancellationToken ct)
    {
        if (paths.SeedsDirectory is { } seeds)
        {
            foreach (var problem in await ThesaurusCache.SeedIfEmptyAsync(db, Path.Combine(seeds, "thesaurus.json"), ct))
                logger.LogWarning("Thesaurus seed: {Problem}", problem);
        }
        var thesaurus = services.GetRequiredService<ThesaurusCache>();
        await thesaurus.ReloadAsync(db, ct);
        logger.LogInformation("Thesaurus loaded: {Concepts} concepts", thesaurus.Current.Concepts.Count);
    }

    private async Task IngestSeedsAsync(IngestionService ingestion, string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seeds folder {Folder} not found; no seeds ingested", folder);
            return;
        }
        var curation = CurationFile.Load(Path.Combine(folder, CurationFile.FileName));
        foreach (var problem in curation.Problems) logger.LogWarning("Curation: {Problem}", problem);
        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var inputs = new List<SourceInput>();
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            inputs.Add(new SourceInput(await File.ReadAllBytesAsync(f, ct), name, SeedOrigin(name), "seed", curation.Entries.GetValueOrDefault(name)));
        }
        var results = await ingestion.IngestBatchAsync(inputs, ct);
        await ingestion.LinkCuratedRelationsAsync(curation.Entries, SeedOrigin, ct);
        logger.LogInformation("Seeds: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected",
            results.Count(r => r.Outcome == IngestOutcome.Added), results.Count(r => r.Outcome == IngestOutcome.Updated),
            results.Count(r => r.Outcome == IngestOutcome.Unchanged), results.Count(r => r.Outcome == IngestOutcome.Rejected));
    }
}

public sealed class ArchiveReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
