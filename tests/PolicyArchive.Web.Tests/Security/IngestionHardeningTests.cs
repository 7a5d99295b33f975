using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, uploads and imports: every bad file (Data/*.docx, Data/invalid-utf8.txt) is its own refusal with a
/// reason, the others are imported; expansion, extracted text and time are limited; a cancelled request stops the reading.</summary>
public sealed class IngestionHardeningTests : IDisposable
{
    private static readonly string[] s_badFiles = ["malformed.docx", "dtd.docx", "bomb.docx", "big-text.docx", "invalid-utf8.txt"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-bad-import", Guid.NewGuid().ToString("N"));

    public IngestionHardeningTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var name in s_badFiles) File.Copy(SecurityData.PathOf(name), Path.Combine(_folder, name));
        File.WriteAllText(Path.Combine(_folder, "a-good-note.md"), "# Quotas de puces\n\nUne note correcte sur les quotas de puces et les contrôles à l'exportation " + Guid.NewGuid().ToString("N") + ".");
        File.WriteAllText(Path.Combine(_folder, "z-good-note.txt"), "Second good note\n\nA plain text about chip export controls and open models " + Guid.NewGuid().ToString("N") + ".");
    }

    private static void AssertEachFileHasItsOutcome(IReadOnlyCollection<IngestResult> results)
    {
        Assert.Equal(s_badFiles.Length + 2, results.Count);
        Assert.Equal(2, results.Count(r => r.Outcome == IngestOutcome.Added));
        foreach (var name in s_badFiles)
        {
            var r = results.Single(x => x.FileName == name);
            Assert.True(r.Outcome == IngestOutcome.Rejected && !string.IsNullOrWhiteSpace(r.Reason), $"{name}: {r.Outcome} {r.Reason}");
        }
        Assert.Contains("DTD", results.Single(r => r.FileName == "dtd.docx").Reason);
        Assert.Contains("expands to more than", results.Single(r => r.FileName == "bomb.docx").Reason);
        Assert.Contains("UTF-8", results.Single(r => r.FileName == "invalid-utf8.txt").Reason);
    }

    [Fact]
    public async Task Bulk_import_reports_every_bad_file_and_imports_the_others()
    {
        using var app = new EmptyArchiveFactory();
        var importer = app.Services.GetRequiredService<BulkImporter>();
        var results = await importer.ImportAsync(BulkImporter.Plan([_folder]), "import");
        AssertEachFileHasItsOutcome(results);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        Assert.Equal(2, await db.Documents.CountAsync());
        // No body beyond the archive's limit came in through a small compressed file.
        // Bodies are stored compressed: their length is measured on the text, not in SQL.
        Assert.All(await db.Documents.Select(d => d.Body).ToListAsync(), body => Assert.True(body.Length <= EmptyArchiveFactory.MaxSourceBytes));
    }

    [Fact]
    public async Task The_import_command_lists_every_file_and_exits_1_without_aborting()
    {
        var data = Path.Combine(Path.GetTempPath(), "pa-bad-import-data", Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "PolicyArchive.Web"))
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "import", _folder },
            };
            TestStore.UseDataDirectory(start, data);
            start.Environment["Archive__SeedsDirectory"] = "";
            start.Environment["Archive__IngestSeedsAtStart"] = "false";
            start.Environment["Archive__MaxSourceBytes"] = "200000";
            start.Environment["COLUMNS"] = "400";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                // A hung import must not outlive the test.
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            var output = await stdout + await stderr;
            Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}: {output}");
            foreach (var name in s_badFiles) Assert.Contains(name, output);
            Assert.Matches(@"Added\W+2\b", output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    [Theory]
    [InlineData("malformed.docx", "not a readable .docx")]
    [InlineData("dtd.docx", "DTD")]
    [InlineData("bomb.docx", "expands to more than")]
    [InlineData("invalid-utf8.txt", "not valid UTF-8")]
    public async Task A_bad_upload_gets_a_message_next_to_the_field_not_a_500(string name, string message)
    {
        using var app = new EditorsAppFactory();
        var client = await EditorSteps.LoggedInAsync(app);
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(client, page, "#read-file",
            files: new Dictionary<string, FormFile> { ["Upload"] = new(name, await File.ReadAllBytesAsync(SecurityData.PathOf(name))) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var said = (await PageForms.ParseAsync(response)).Text("[data-valmsg-for=Upload]");
        Assert.Contains(message, said);
        // The editor is told what is wrong with the file, not the name of what the reader threw.
        Assert.DoesNotContain("Exception", said);
        Assert.Equal(0, await app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public void Extracted_text_is_limited_even_when_the_package_is_small()
    {
        var bytes = File.ReadAllBytes(SecurityData.PathOf("big-text.docx"));
        var e = Assert.Throws<IngestionRejectedException>(() => new SourceExtractor().Extract(bytes, "big-text.docx"));
        Assert.Contains("longer than the archive takes", e.Reason);
    }

    [Fact]
    public void Past_its_time_budget_a_file_is_refused_with_a_reason()
    {
        var extractor = new SourceExtractor(ReadLimits.Default with { TimeBudget = TimeSpan.Zero });
        var e = Assert.Throws<IngestionRejectedException>(() => extractor.Extract(File.ReadAllBytes(SecurityData.PathOf("big-text.docx")), "big-text.docx"));
        Assert.Contains("time budget", e.Reason);
    }

    [Fact]
    public void A_cancelled_request_stops_the_reading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        ISourceExtractor extractor = new SourceExtractor();
        Assert.ThrowsAny<OperationCanceledException>(() => extractor.Extract(File.ReadAllBytes(SecurityData.PathOf("bomb.docx")), "bomb.docx", cancelled.Token));
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_where_it_is_not_read_as_windows_1252()
    {
        var e = Assert.Throws<IngestionRejectedException>(() => TextDecoder.Decode(File.ReadAllBytes(SecurityData.PathOf("invalid-utf8.txt"))));
        Assert.Contains("not valid UTF-8", e.Reason);
        Assert.Contains("byte 30", e.Reason);
    }

    /// <summary>Cleaning a text of one repeated paragraph allocates in proportion to the text (it allocated gigabytes
    /// for a megabyte: a quadratic string build), and its result is the first paragraph with the repeats removed.</summary>
    [Fact]
    public void Cleaning_a_long_repeated_paragraph_is_linear()
    {
        var paragraph = "Les contrôles à l'exportation sur les puces avancées sont revenus au centre de la discussion entre Washington et Pékin cette semaine.";
        var text = new StringBuilder("# Un titre pour la note\n\n");
        while (text.Length < 1_000_000) text.Append(paragraph).Append("\n\n");
        var related = new StringBuilder("# Titre\n\nPremier paragraphe d'article assez long pour compter comme texte.\n\n");
        for (var i = 0; i < 4000; i++) related.Append("Articles connexes\n\n").Append(new string('y', 160)).Append(i).Append("\n\n");

        foreach (var input in new[] { text.ToString(), related.ToString() })
        {
            SourceCleaner.Clean(input[..1000], isMarkdown: true);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cleaned = SourceCleaner.Clean(input, isMarkdown: true);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < input.Length * 2L * 60, $"cleaning {input.Length:N0} characters allocated {allocated:N0} bytes");
            Assert.NotEmpty(cleaned.Body);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
