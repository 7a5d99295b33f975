namespace PolicyArchive.Migrations.PostgreSQL;

/// <summary>Names shared by the PostgreSQL migrations and the code that uses what they create.</summary>
public static class PostgresStore
{
    /// <summary>This assembly, for UseNpgsql(o => o.MigrationsAssembly(...)).</summary>
    public static string MigrationsAssembly => typeof(PostgresStore).Assembly.GetName().Name!;

    /// <summary>The channel every change-log insert notifies (in the writing transaction, so delivered at its commit).</summary>
    public const string ChangeChannel = "archive_changes";
}
