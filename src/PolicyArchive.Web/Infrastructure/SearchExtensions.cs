using Microsoft.Extensions.Options;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Web.Infrastructure;

public static class SearchExtensions
{
    public static IHostApplicationBuilder AddArchiveSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(s => new ArchiveIndex(s.GetRequiredService<ArchivePaths>().IndexDirectory));
        builder.Services.AddSingleton<ThesaurusCache>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddScoped<IndexSynchronizer>();
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
