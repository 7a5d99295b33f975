using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>Waiting for the page a click should lead to, and saying which page came instead when it does not: its address,
/// heading, messages and the server's last log lines, rather than a bare time-out.</summary>
public static class Navigation
{
    public static async Task ExpectUrlAsync(this IPage page, Regex url, ArchiveServer server, float timeoutMs = 60_000)
    {
        try
        {
            await page.WaitForURLAsync(url, new() { Timeout = timeoutMs });
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Expected a page at {url}, but the browser is at {page.Url}.\n"
                + await DescribeAsync(page) + "\nThe server's last log lines:\n" + server.RecentLog());
        }
    }

    /// <summary>What a person would read first on the page: title, main heading, messages and errors.</summary>
    public static async Task<string> DescribeAsync(IPage page)
    {
        try
        {
            var parts = new List<string> { "Title: " + await page.TitleAsync() };
            foreach (var selector in new[] { "h1", "[role=alert]", "[role=status]", ".error:not(:empty)", ".duplicates" })
            {
                var texts = await page.Locator(selector).AllInnerTextsAsync();
                var shown = texts.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
                if (shown.Count > 0) parts.Add($"{selector}: {string.Join(" | ", shown)}");
            }
            return string.Join("\n", parts);
        }
        catch (PlaywrightException e)
        {
            return "(the page could not be read: " + e.Message + ")";
        }
    }
}
