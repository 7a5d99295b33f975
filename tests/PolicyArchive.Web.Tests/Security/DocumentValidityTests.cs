using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Oai;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13: every page type passes the Nu HTML Checker (vnu.jar from npm, run once over all pages), every Atom
/// feed passes a structural check of RFC 4287's requirements, and every OAI-PMH response its XML schemas.</summary>
public sealed class DocumentValidityTests : IClassFixture<ArchiveAppFactory>
{
    private readonly ArchiveAppFactory _app;

    public DocumentValidityTests(ArchiveAppFactory app) => _app = app;

    private static string VnuJar => Path.Combine(RepoPaths.Root, "tests", "PolicyArchive.Web.Tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Pages reached by following the site's own links from the home page and the editors' desk, up to three of each
    /// kind of address (its first path segments and query names), plus pages no link leads to.</summary>
    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var admin = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await PageForms.LoginAsync(admin, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        var french = _app.CreateClient(new() { AllowAutoRedirect = false });
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        async Task CrawlFrom(HttpClient client, string prefix, string[] starts, int limit)
        {
            var queue = new Queue<string>(starts);
            var seen = new HashSet<string>(starts, StringComparer.Ordinal);
            var taken = 0;
            while (queue.Count > 0 && taken < limit)
            {
                var url = queue.Dequeue();
                var response = await client.GetAsync(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var html = await response.Content.ReadAsStringAsync();
                pages[prefix + url] = html;
                taken++;
                foreach (var href in (await PageForms.ParseAsync(response)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || IsNotAPage(href) || !seen.Add(href)) continue;
                    var kind = prefix + Kind(href);
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                    if (kinds[kind] <= 3) queue.Enqueue(href);
                }
            }
        }

        await CrawlFrom(anonymous, "", ["/", "/search?q=export", "/search?q=", "/search?q=zzzzqqq", "/search/help", "/account/login", "/account/denied", "/no/such/page"], 90);
        await CrawlFrom(french, "fr:", ["/", "/search?q=export"], 6);
        await CrawlFrom(admin, "admin:", ["/admin", "/account", "/account/logout", "/admin/documents/new", "/admin/thesaurus/new"], 40);
        return pages;
    }

    private static bool IsNotAPage(string href) =>
        href.StartsWith("/api/", StringComparison.Ordinal) || href.StartsWith("/feeds/", StringComparison.Ordinal) || href.StartsWith("/oai", StringComparison.Ordinal)
        || href.StartsWith("/culture/", StringComparison.Ordinal) || href.Contains("/cite.", StringComparison.Ordinal) || href.EndsWith(".xml", StringComparison.Ordinal)
        || href.StartsWith("/openapi", StringComparison.Ordinal) || href.Contains('#', StringComparison.Ordinal);

    private static string Kind(string href)
    {
        var uri = new Uri(new Uri("http://x"), href);
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var head = segments.Length == 0 ? ""
            : segments[0] == "d" ? "d/" + (segments.Length >= 3 && segments[2] is "revisions" or "compare" ? segments[2] : "document")
            : segments[0] is "tags" or "collections" ? segments[0] + "/" + segments.Length
            : segments[0] == "admin" && segments.Length >= 3 ? string.Join('/', segments.Take(2)) + "/" + segments[^1]
            : string.Join('/', segments.Take(2));
        var query = string.Join(',', Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).Keys.Order(StringComparer.Ordinal));
        return head + "?" + query;
    }

    [Fact]
    public async Task Every_page_type_is_valid_html_for_the_nu_html_checker()
    {
        Assert.True(File.Exists(VnuJar), $"{VnuJar} is missing: run scripts/test.sh (it runs npm ci in tests/PolicyArchive.Web.Tests)");
        var pages = await CrawlAsync();
        Assert.True(pages.Count >= 30, $"only {pages.Count} pages crawled: {string.Join(", ", pages.Keys)}");
        Assert.True(pages.Keys.Any(k => k.StartsWith("/d/", StringComparison.Ordinal) && k.Contains("/revisions", StringComparison.Ordinal)), string.Join(", ", pages.Keys));
        Assert.True(pages.Keys.Any(k => k.StartsWith("admin:/admin/documents/", StringComparison.Ordinal) && k.EndsWith("/edit", StringComparison.Ordinal)), string.Join(", ", pages.Keys));

        var folder = Path.Combine(Path.GetTempPath(), "pa-vnu", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            var n = 0;
            foreach (var (url, html) in pages)
            {
                var file = Path.Combine(folder, (n++).ToString("D3", CultureInfo.InvariantCulture) + ".html");
                await File.WriteAllTextAsync(file, html);
                files[Path.GetFileName(file)] = url;
            }
            // One Java process for every page: starting the checker costs more than checking.
            var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-jar", VnuJar, "--errors-only", "--format", "json", "--exit-zero-always" }) start.ArgumentList.Add(a);
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)) start.ArgumentList.Add(file);
            using var java = Process.Start(start)!;
            var stdout = java.StandardOutput.ReadToEndAsync();
            var stderr = java.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await java.WaitForExitAsync(timeout.Token);
            var report = (await stderr).Trim().Length > 0 ? await stderr : await stdout;
            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => $"{files.GetValueOrDefault(m.TryGetProperty("url", out var u) ? Path.GetFileName(u.GetString()!) : "", "?")} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} errors in {pages.Count} pages:\n" + string.Join("\n", errors.Distinct().Take(40)));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>No Atom schema ships with the checker, so this checks what RFC 4287 requires of a feed and its entries:
    /// one id, title and updated each (ids absolute IRIs, dates RFC 3339), an author for every entry (its own or the
    /// feed's), a self link, an alternate link or content in each entry, and no element outside its place.</summary>
    [Fact]
    public async Task Every_feed_meets_the_atom_format()
    {
        var client = _app.CreateClient();
        var tags = await client.GetFromJsonAsync<JsonElement>("/api/tags");
        var urls = new List<string> { "/feeds/atom", "/feeds/search?q=export", "/feeds/search?q=%01zzzz" };
        urls.AddRange(tags.EnumerateArray().Take(3).Select(t => "/feeds/tag/" + t.GetProperty("slug").GetString()));
        XNamespace a = "http://www.w3.org/2005/Atom";
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
            Assert.Equal(a + "feed", feed.Name);
            AssertCommon(feed, a, url);
            Assert.Single(feed.Elements(a + "link"), l => (string?)l.Attribute("rel") == "self");
            var feedHasAuthor = feed.Elements(a + "author").Any();
            foreach (var entry in feed.Elements(a + "entry"))
            {
                AssertCommon(entry, a, url);
                Assert.True(feedHasAuthor || entry.Elements(a + "author").Any(), $"{url}: an entry without an author (and none on the feed)");
                Assert.True(entry.Elements(a + "content").Any() || entry.Elements(a + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"),
                    $"{url}: an entry without content or an alternate link");
                foreach (var author in entry.Elements(a + "author")) Assert.Single(author.Elements(a + "name"));
            }
        }

        static void AssertCommon(XElement e, XNamespace a, string url)
        {
            foreach (var name in new[] { "id", "title", "updated" }) Assert.True(e.Elements(a + name).Count() == 1, $"{url}: {e.Name.LocalName} needs one {name}");
            Assert.True(Uri.TryCreate(e.Element(a + "id")!.Value, UriKind.Absolute, out _), $"{url}: id is not an absolute IRI");
            foreach (var date in e.Elements(a + "updated").Concat(e.Elements(a + "published")))
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", date.Value);
            foreach (var link in e.Elements(a + "link")) Assert.NotNull(link.Attribute("href"));
            Assert.DoesNotContain(e.Elements(a + "summary"), s => (string?)s.Attribute("type") is { } t && t is not ("text" or "html" or "xhtml"));
        }
    }

    [Theory]
    [InlineData("verb=Identify")]
    [InlineData("verb=ListMetadataFormats")]
    [InlineData("verb=ListSets")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc")]
    [InlineData("verb=GetRecord&identifier=%01&metadataPrefix=oai_dc")]
    [InlineData("verb=Identify&%01=1")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=%00")]
    [InlineData("verb=GetRecord&identifier=oai%3Anone&metadataPrefix=oai_dc")]
    [InlineData("verb=Nope")]
    public async Task Every_oai_response_is_valid_for_its_schemas(string query)
    {
        var xml = await _app.CreateClient().GetStringAsync("/oai?" + query);
        Assert.Empty(OaiSchemas.Validate(xml));
    }

    [Fact]
    public async Task Every_record_oai_gives_is_valid_for_its_schemas()
    {
        var client = _app.CreateClient();
        var list = XDocument.Parse(await client.GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"));
        var ids = list.Descendants(XName.Get("identifier", "http://www.openarchives.org/OAI/2.0/")).Select(i => i.Value).ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
            Assert.Empty(OaiSchemas.Validate(await client.GetStringAsync("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Uri.EscapeDataString(id))));
    }
}
