using PolicyArchive.Core.Indexing;

namespace PolicyArchive.Web.Nodes;

public static class NodeExtensions
{
    /// <summary>What a node on a shared PostgreSQL store needs beside its own index: wake-ups from other nodes' writes,
    /// gaps in the change log judged by PostgreSQL's running transactions, and one node at a time migrating and seeding.</summary>
    public static IHostApplicationBuilder AddArchiveNodes(this IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddSingleton(new NodeConnections(connectionString));
        builder.Services.AddSingleton<IInFlightTransactions, PostgresInFlightTransactions>();
        builder.Services.AddSingleton<IStartupLock, PostgresStartupLock>();
        builder.Services.AddSingleton<ChangeListener>();
        builder.Services.AddHostedService(s => s.GetRequiredService<ChangeListener>());
        return builder;
    }
}
