using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Commands;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Nodes;

// A command's own words (paths) stay out of the configuration; its --Key=value switches go in.
var (commandArgs, configurationArgs) = ArchiveCommands.Split(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs, ContentRootPath = ContentRoot.WhenStartedElsewhere() });

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
if (ArchiveCommands.IsCommand(commandArgs))
    return await ArchiveCommands.RunAsync(app, commandArgs);

app.UseArchiveSecurity();
app.UseArchiveNodeName();
app.UseArchiveReadersEarly();
app.UseArchivePipeline();
app.UseArchiveReaders();
app.MapArchiveApi();
app.MapArchiveReaders();
app.MapRazorPages();

await app.RunAsync();
return 0;

public partial class Program;
