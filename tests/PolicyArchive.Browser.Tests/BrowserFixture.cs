using Microsoft.Playwright;

namespace PolicyArchive.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; nothing is downloaded.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public ArchiveServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (the README's test command does).");
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <param name="bypassCsp">For a test that injects its own script (axe-core): the app's Content-Security-Policy refuses inline script.</param>
    public async Task<IPage> NewPageAsync(bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Server.BaseUrl, BypassCSP = bypassCsp });
        // CI machines are shared and slow at times: a generous time-out, never a timing assertion.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        Navigation.TrackRequests(page);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
