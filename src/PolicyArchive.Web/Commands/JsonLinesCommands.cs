using PolicyArchive.Core.Exchange;

namespace PolicyArchive.Web.Commands;

/// <summary>`export-jsonl FILE` writes a lossless backup (withdrawn documents included); `import-jsonl FILE` reads one back,
/// keeping every permalink. A file with any bad line changes nothing.</summary>
public static class JsonLinesCommands
{
    public static async Task<int> ExportAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: export-jsonl FILE   (- for standard output)");
            return 2;
        }
        using var scope = services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<JsonLinesExporter>();
        await using var output = args[0] == "-" ? Console.OpenStandardOutput() : File.Create(args[0]);
        var count = await exporter.ExportAsync(output, includeWithdrawn: true);
        if (args[0] != "-") Console.WriteLine($"Exported {count} documents to {args[0]}.");
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: import-jsonl FILE   (a file written by export-jsonl or /api/export/archive.jsonl)");
            return 2;
        }
        if (!File.Exists(args[0]))
        {
            Console.Error.WriteLine($"{args[0]}: no such file; nothing imported.");
            return 2;
        }
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<JsonLinesImporter>();
        await using var input = File.OpenRead(args[0]);
        var report = await importer.ImportAsync(input);
        foreach (var e in report.Errors) Console.Error.WriteLine($"{args[0]}: {e}");
        foreach (var s in report.Skipped) Console.WriteLine($"skipped: {s}");
        if (!report.Succeeded)
        {
            Console.Error.WriteLine("Nothing was imported.");
            return 1;
        }
        Console.WriteLine($"Imported {report.DocumentsAdded} documents, {report.CollectionsAdded} collections, {report.TombstonesAdded} tombstones, "
            + $"{report.ConceptsRestored} thesaurus concepts, {report.TagAliasesAdded} old tag addresses.");
        // Returns once searchable where this process indexes (bounded); beside a running app, that app's indexer takes it in.
        if (scope.ServiceProvider.GetRequiredService<PolicyArchive.Core.Documents.ArchiveDbContext>().LastChangeSequence is { } sequence)
            await services.GetRequiredService<PolicyArchive.Core.Indexing.ArchiveChanges>().WaitUntilSearchableAsync(sequence, TimeSpan.FromMinutes(2));
        return 0;
    }
}
