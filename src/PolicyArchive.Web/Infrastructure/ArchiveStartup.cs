using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Web.Nodes;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>Runs before the site takes requests: schema migrations, the first administrator, the thesaurus and the seeds,
/// then a bounded wait for the indexer to take in the store. None of it can stop the site from serving readers: a store that
/// cannot be written (a full disk) is logged and shown to editors as "editing is unavailable". /healthz answers 200 after this.</summary>
public sealed class ArchiveStartup : IHostedService
{
    private readonly IServiceProvider _services;
    private readonly IOptions<ArchiveOptions> _options;
    private readonly ArchivePaths _paths;
    private readonly ArchiveReadiness _readiness;
    private readonly ArchiveHealth _health;
    private readonly ArchiveChanges _changes;
    private readonly ILogger<ArchiveStartup> _logger;

    public ArchiveStartup(IServiceProvider services, IOptions<ArchiveOptions> options, ArchivePaths paths, ArchiveReadiness readiness,
        ArchiveHealth health, ArchiveChanges changes, ILogger<ArchiveStartup> logger)
    {
        (_services, _options, _paths, _readiness, _health, _changes, _logger) = (services, options, paths, readiness, health, changes, logger);
        // Hosted services are all made before any starts: the indexer waits for the migrations that create the change log.
        changes.HoldIndexer();
    }

    /// <summary>False for a command (import, migrate...): it serves no search, and loading the dictionaries for one would
    /// take seconds of CPU from the import itself.</summary>
    public bool WarmsUpSearch { get; set; } = true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = _services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ArchiveDbContext>();
        // Nodes on one PostgreSQL store take turns: the first migrates and ingests the seeds, the others then find nothing to do.
        await using var turn = await TakeStartupTurnAsync(sp, cancellationToken);
        try
        {
            await Step("apply the store's migrations", async () =>
            {
                // Migrate also diffs the whole model against the snapshot (~0.4 s): only worth it when a migration is pending.
                if (_options.Value.ApplyMigrationsAtStart && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                    await db.Database.MigrateAsync(cancellationToken);
            });
        }
        finally
        {
            _changes.ReleaseIndexer();
        }

        await Step("create the roles and the administrator", () => EnsureRolesAndAdminAsync(sp));
        await Step("load the thesaurus", () => LoadThesaurusAsync(db, cancellationToken));
        if (WarmsUpSearch) WarmUpSearch();

        if (_options.Value.IngestSeedsAtStart && _paths.SeedsDirectory is { } seeds)
            await Step("ingest the seeds", () => IngestSeedsAsync(sp.GetRequiredService<IngestionService>(), seeds, cancellationToken));

        await turn.DisposeAsync();
        _health.Probe(_paths.DataDirectory);
        await WaitForIndexAsync(db, cancellationToken);
        _readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The start-up lock, or nothing when the store cannot be reached (the steps then fail on their own, and are logged).</summary>
    private async Task<IAsyncDisposable> TakeStartupTurnAsync(IServiceProvider sp, CancellationToken ct)
    {
        try
        {
            return await sp.GetRequiredService<IStartupLock>().AcquireAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not take the start-up lock on the store");
            return await new NoStartupLock().AcquireAsync(ct);
        }
    }

    /// <summary>A failed start-up step is logged and remembered; the site still serves what the store holds.</summary>
    private async Task Step(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not {Step} at start; the archive serves readers, editing may be unavailable", what);
            _health.StartFailed(what, ex);
        }
    }

    /// <summary>Searches right after start find what the store holds, unless the index needs longer (a rebuild of a large
    /// archive): then the site serves anyway and search says the index is being rebuilt.</summary>
    private async Task WaitForIndexAsync(ArchiveDbContext db, CancellationToken ct)
    {
        try
        {
            var latest = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
            if (!await _changes.WaitUntilSearchableAsync(latest, _options.Value.IndexWaitAtStart, ct))
                _logger.LogInformation("The index has not yet taken in change {Latest}; it follows in the background", latest);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not read the change log at start");
        }
    }

    /// <summary>One throw-away search in the background while Kestrel starts, so the first reader's search does not pay
    /// for compiling the search path, loading the index's term dictionaries and doc values, and loading the lexicon.</summary>
    private void WarmUpSearch() => _ = Task.Run(() =>
    {
        try
        {
            _services.GetRequiredService<SearchService>().Search(new SearchRequest("archive", 1, 10));
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Search warm-up failed; the first search will be slower");
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

        var admin = _options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            _logger.LogInformation("No Archive:Admin:Email/Password configured; create an administrator with the create-admin command");
            return;
        }
        var created = await AdminAccounts.EnsureAsync(sp.GetRequiredService<UserManager<ArchiveUser>>(), admin.Email, admin.Password);
        if (!created.Succeeded)
            _logger.LogError("The configured administrator could not be created: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    private async Task LoadThesaurusAsync(ArchiveDbContext db, CancellationToken ct)
    {
        if (_paths.SeedsDirectory is { } seeds)
        {
            foreach (var problem in await ThesaurusCache.SeedIfEmptyAsync(db, Path.Combine(seeds, "thesaurus.json"), ct))
                _logger.LogWarning("Thesaurus seed: {Problem}", problem);
        }
        var thesaurus = _services.GetRequiredService<ThesaurusCache>();
        await thesaurus.ReloadAsync(db, ct);
        _logger.LogInformation("Thesaurus loaded: {Concepts} concepts", thesaurus.Current.Concepts.Count);
    }

    private async Task IngestSeedsAsync(IngestionService ingestion, string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            _logger.LogWarning("Seeds folder {Folder} not found; no seeds ingested", folder);
            return;
        }
        var curation = CurationFile.Load(Path.Combine(folder, CurationFile.FileName));
        foreach (var problem in curation.Problems) _logger.LogWarning("Curation: {Problem}", problem);
        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var inputs = new List<SourceInput>();
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            inputs.Add(new SourceInput(await File.ReadAllBytesAsync(f, ct), name, SeedOrigin(name), "seed", curation.Entries.GetValueOrDefault(name)));
        }
        var results = await ingestion.IngestBatchAsync(inputs, ct);
        await ingestion.LinkCuratedRelationsAsync(curation.Entries, SeedOrigin, ct);
        _logger.LogInformation("Seeds: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected",
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
