using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Web.Infrastructure;

public static class SearchExtensions
{
    public static IHostApplicationBuilder AddArchiveSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(s => new ArchiveIndex(s.GetRequiredService<ArchivePaths>().IndexDirectory));
        builder.Services.Configure<IndexerOptions>(builder.Configuration.GetSection(IndexerOptions.Section));
        builder.Services.AddSingleton<ArchiveChanges>();
        // The one writer of the index in this process: follows the store's change log (see docs/architecture.md).
        builder.Services.AddSingleton<ArchiveIndexer>();
        builder.Services.AddHostedService(s => s.GetRequiredService<ArchiveIndexer>());
        builder.Services.AddSingleton<ThesaurusCache>();
        // The lexicon loads in the background (the start-up warm-up starts it): a first search does not wait for it.
        builder.Services.AddSingleton(s =>
        {
            var hits = s.GetRequiredService<IOptions<ArchiveOptions>>().Value.Search.ResultCacheHits;
            // Said once at start: the benchmark reads it to be sure its figures are searches ranked, not remembered.
            s.GetRequiredService<ILogger<SearchService>>().LogInformation("Search result cache: {Hits} hits", Math.Max(0, hits));
            return new SearchService(s.GetRequiredService<ArchiveIndex>(), new StoreDocumentBodies(s.GetRequiredService<IServiceScopeFactory>()),
                s.GetRequiredService<ThesaurusCache>(), waitForLexicon: false, results: new ResultCache(hits));
        });
        builder.Services.AddScoped<DocumentEditor>();
        builder.Services.AddSingleton<BulkImporter>();
        builder.Services.AddSingleton<ISourceExtractor>(s =>
        {
            var o = s.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            return new SourceExtractor(ReadLimits.For(o.MaxSourceBytes, TimeSpan.FromSeconds(o.SourceTimeBudgetSeconds)));
        });
        builder.Services.AddScoped(s =>
        {
            var service = ActivatorUtilities.CreateInstance<IngestionService>(s);
            service.MaxBytes = s.GetRequiredService<IOptions<ArchiveOptions>>().Value.MaxSourceBytes;
            return service;
        });
        return builder;
    }
}
