using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>Waiting for the page a click should lead to, and saying which page came instead when it does not: its address,
/// heading, messages and the server's last log lines, rather than a bare time-out.</summary>
public static class Navigation
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, System.Collections.Concurrent.ConcurrentDictionary<IRequest, DateTime>> Pending = new();

    /// <summary>Keeps the page's requests that have not finished, so a page that never loads can say what it waits for.</summary>
    public static void TrackRequests(IPage page)
    {
        var pending = Pending.GetOrCreateValue(page);
        page.Request += (_, r) => pending[r] = DateTime.UtcNow;
        page.RequestFinished += (_, r) => pending.TryRemove(r, out DateTime _);
        page.RequestFailed += (_, r) => pending.TryRemove(r, out DateTime _);
    }

    /// <summary>The page the pages' theories name by <see cref="FirstDocument"/> or by its path: the first document is
    /// reached through the browse list, its address not being known in advance.</summary>
    public const string FirstDocument = "first-document";

    public static async Task OpenAsync(this IPage page, string path, ArchiveServer server)
    {
        if (path != FirstDocument)
        {
            await page.GotoAsync(path);
            return;
        }
        await page.GotoAsync("/documents");
        await page.Locator("ul.results > li a").First.ClickAsync();
        await page.ExpectUrlAsync(new Regex("/d/[0-9a-z]{8}/"), server);
    }

    /// <summary>Waits until the page is at an address <paramref name="url"/> matches (anywhere in it, as Playwright's regular
    /// expressions do) and that page has loaded.</summary>
    /// <remarks>Not <c>WaitForURLAsync</c>: it checks the address, then subscribes to the next navigation, and a navigation
    /// that lands between the two is lost, so on a loaded machine it waited out its time-out with the browser already on
    /// the page it waited for (microsoft/playwright-dotnet#3364). Reading the address the client keeps, again and again,
    /// cannot miss it; the load is then checked in the page itself.</remarks>
    public static Task ExpectUrlAsync(this IPage page, Regex url, ArchiveServer? server = null, float timeoutMs = 60_000) =>
        ExpectUrlAsync(page, url.ToString(), url.IsMatch, server, timeoutMs);

    /// <summary>The same with a Playwright glob over the whole address: <c>**</c> is anything, <c>*</c> anything but a slash.</summary>
    public static Task ExpectUrlAsync(this IPage page, string glob, ArchiveServer? server = null, float timeoutMs = 60_000)
    {
        var pattern = new Regex("^" + Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
        return ExpectUrlAsync(page, glob, pattern.IsMatch, server, timeoutMs);
    }

    private static async Task ExpectUrlAsync(IPage page, string wanted, Func<string, bool> matches, ArchiveServer? server, float timeoutMs)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!matches(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw await NotThereAsync(page, wanted, server);
            await Task.Delay(100);
        }
        try
        {
            await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { Timeout = Math.Max(1_000, (float)(deadline - DateTime.UtcNow).TotalMilliseconds) });
        }
        catch (TimeoutException)
        {
            throw await NotThereAsync(page, wanted + " (loaded)", server);
        }
    }

    private static async Task<Exception> NotThereAsync(IPage page, string wanted, ArchiveServer? server) =>
        new Xunit.Sdk.XunitException($"Expected a page at {wanted}, but the browser is at {page.Url}.\n" + await DescribeAsync(page)
            + (server is null ? "" : "\nThe server's last log lines:\n" + server.RecentLog()));

    /// <summary>What a person would read first on the page: title, main heading, messages and errors.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        try
        {
            var parts = new List<string> { "Title: " + await page.TitleAsync(), "Document: " + await page.EvaluateAsync<string>("document.readyState") };
            foreach (var selector in new[] { "h1", "[role=alert]", "[role=status]", ".error:not(:empty)", ".duplicates" })
            {
                var texts = await page.Locator(selector).AllInnerTextsAsync();
                var shown = texts.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
                if (shown.Count > 0) parts.Add($"{selector}: {string.Join(" | ", shown)}");
            }
            if (Pending.TryGetValue(page, out var pending))
                parts.Add("Requests not finished: " + (pending.IsEmpty ? "none" : string.Join(", ", pending.Select(p => $"{p.Key.Method} {p.Key.Url} ({p.Key.ResourceType}, since {p.Value:HH:mm:ss})"))));
            return string.Join("\n", parts);
        }
        catch (PlaywrightException e)
        {
            return "(the page could not be read: " + e.Message + ")";
        }
    }
}
