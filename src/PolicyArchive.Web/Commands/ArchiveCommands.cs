using Microsoft.AspNetCore.Identity;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Commands;

/// <summary>Commands run with the app's own services instead of serving: `import PATH...` and `create-admin EMAIL`.</summary>
public static class ArchiveCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "create-admin" or "import-jsonl" or "export-jsonl";

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
        // Same start-up steps as the site (migrations, index catch-up), without the seeds unless asked.
        var startup = ActivatorUtilities.CreateInstance<ArchiveStartup>(app.Services);
        await startup.StartAsync(CancellationToken.None);
        return args[0] switch
        {
            "import" => await ImportCommand.RunAsync(app.Services, args[1..]),
            "create-admin" => await CreateAdminAsync(app.Services, args[1..]),
            "import-jsonl" => await JsonLinesCommands.ImportAsync(app.Services, args[1..]),
            "export-jsonl" => await JsonLinesCommands.ExportAsync(app.Services, args[1..]),
            _ => 2,
        };
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
