using System.Text.Json;

namespace PolicyArchive.Browser.Tests;

/// <summary>axe-core (from npm, installed by scripts/test.sh) injected into each page; no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=puces")]
    [InlineData("/documents")]
    [InlineData(Navigation.FirstDocument)]
    public async Task The_page_has_no_serious_or_critical_accessibility_violation(string path)
    {
        Assert.True(File.Exists(AxePath), $"axe-core is missing at {AxePath}: run scripts/test.sh, which installs it with npm.");
        var page = await browser.NewPageAsync(bypassCsp: true);
        await page.OpenAsync(path, browser.Server);
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var result = await page.EvaluateAsync<JsonElement>("async () => { const r = await axe.run(document); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) })); }");

        var serious = result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {v.GetProperty("nodes")}")
            .ToList();
        Assert.True(serious.Count == 0, $"{path}:\n" + string.Join("\n", serious));
    }
}
