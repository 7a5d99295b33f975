using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Commands;

/// <summary>Commands run with the app's own services instead of serving: `import PATH...` and `create-admin EMAIL`.</summary>
public static class ArchiveCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "create-admin" or "import-jsonl" or "export-jsonl" or "migrate";

    /// <summary>Splits a command line into the command's own words and the configuration switches (<c>--Key=value</c> or
    /// <c>--Key value</c>) anywhere after it. Only the switches go to the configuration: given a path such as
    /// <c>/tmp/a.jsonl</c>, the configuration reader would take it for a <c>/key</c> switch and the next word for its value.</summary>
    public static (string[] Command, string[] Configuration) Split(string[] args)
    {
        if (!IsCommand(args)) return (args, args);
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0 && args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Length > 2)
            {
                configuration.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length) configuration.Add(args[++i]);
            }
            else command.Add(args[i]);
        }
        return ([.. command], [.. configuration]);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == "migrate") return await MigrateCommand.RunAsync(app.Services);
        // Same start-up steps as the site (migrations, index catch-up), without the seeds unless asked.
        var startup = ActivatorUtilities.CreateInstance<ArchiveStartup>(app.Services);
        startup.WarmsUpSearch = false;
        await startup.StartAsync(CancellationToken.None);
        return args[0] switch
        {
            "import" => await WithIndexerAsync(app.Services, () => ImportCommand.RunAsync(app.Services, args[1..]), compact: true),
            "create-admin" => await CreateAdminAsync(app.Services, args[1..]),
            "import-jsonl" => await WithIndexerAsync(app.Services, () => JsonLinesCommands.ImportAsync(app.Services, args[1..])),
            "export-jsonl" => await JsonLinesCommands.ExportAsync(app.Services, args[1..]),
            _ => 2,
        };
    }

    /// <summary>A command that writes the store. When no other process owns the index, this one is its own indexer, as the
    /// app is; beside a running app it writes the store only and the app's indexer takes the changes in from the log.</summary>
    private static async Task<int> WithIndexerAsync(IServiceProvider services, Func<Task<int>> command, bool compact = false)
    {
        var index = services.GetRequiredService<ArchiveIndex>();
        if (!index.IsOwner)
        {
            Console.Error.WriteLine($"Another process owns the index in {index.Root}: this command writes the store only, and that process indexes the changes.");
            return await command();
        }
        var indexer = services.GetRequiredService<ArchiveIndexer>();
        await indexer.StartAsync(CancellationToken.None);
        try
        {
            return await command();
        }
        finally
        {
            using (var scope = services.CreateScope())
            {
                var latest = await scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().ChangeLog.MaxAsync(e => (long?)e.Sequence) ?? 0;
                if (!await services.GetRequiredService<ArchiveChanges>().WaitUntilSearchableAsync(latest, TimeSpan.FromMinutes(30)))
                    Console.Error.WriteLine("The index has not caught up with the store; the app will finish indexing at its next start.");
                else if (compact)
                    indexer.Compact();
            }
            await indexer.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: create-admin EMAIL   (the password is read from standard input or ARCHIVE_ADMIN_PASSWORD)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("ARCHIVE_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.Write("Password: ");
            password = Console.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given; nothing created.");
            return 2;
        }
        using var scope = services.CreateScope();
        var result = await AdminAccounts.EnsureAsync(scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>(), args[0], password);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("Not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        Console.WriteLine($"Administrator {args[0]} is ready.");
        return 0;
    }
}
