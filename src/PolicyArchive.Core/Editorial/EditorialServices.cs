using Microsoft.Extensions.DependencyInjection;

namespace PolicyArchive.Core.Editorial;

public static class EditorialServices
{
    /// <summary>Registers the editors' services (all scoped: each works on the request's store context).</summary>
    public static IServiceCollection AddArchiveEditorial(this IServiceCollection services)
    {
        services.AddScoped<DocumentLifecycle>();
        services.AddScoped<RelationEditor>();
        services.AddScoped<PolicyArchive.Core.Thesaurus.ThesaurusEditor>();
        services.AddScoped<DocumentRelationsQuery>();
        services.AddScoped<RevisionHistoryQuery>();
        services.AddScoped<PolicyArchive.Core.Duplicates.NearDuplicateFinder>();
        services.AddScoped<TagCurator>();
        services.AddScoped<CollectionEditor>();
        services.AddScoped<SourceChangeReview>();
        services.AddScoped<PolicyArchive.Core.Translations.SideBySideQuery>();
        return services;
    }
}
