using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Commands;
using PolicyArchive.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// Logging, store, index and accounts: each in its own extension under Infrastructure/.
builder.AddArchiveLogging();
builder.AddArchiveStore();
builder.AddArchiveSearch();
builder.AddArchiveSecurity();
builder.AddArchiveAccounts();
builder.AddArchiveWeb();
builder.Services.AddArchiveEditorial();
builder.AddArchiveReaders();

var app = builder.Build();

// `dotnet run -- import PATH...` and `dotnet run -- create-admin EMAIL` run a command and exit instead of serving.
if (ArchiveCommands.IsCommand(args))
    return await ArchiveCommands.RunAsync(app, args);

app.UseArchiveSecurity();
app.UseArchiveReadersEarly();
app.UseArchivePipeline();
app.UseArchiveReaders();
app.MapArchiveApi();
app.MapArchiveReaders();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;
