using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, headers: CSP without inline script, nosniff, a referrer policy, HSTS over HTTPS only.</summary>
public sealed class HeadersTests : IClassFixture<ArchiveAppFactory>
{
    private readonly ArchiveAppFactory _app;

    public HeadersTests(ArchiveAppFactory app) => _app = app;

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=export")]
    [InlineData("/account/login")]
    [InlineData("/api/documents")]
    [InlineData("/feeds/atom")]
    [InlineData("/no/such/page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc);
        Assert.DoesNotContain("unsafe-eval", scriptSrc);
        var styleSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("style-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", styleSrc);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    [Fact]
    public async Task Hsts_is_sent_over_https()
    {
        var client = _app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync("/");
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_the_policy_would_block()
    {
        var client = _app.CreateClient();
        var document = (await SeedDocuments.AllAsync(client))[0].Url;
        foreach (var path in new[] { "/", "/search?q=export", "/documents", document, "/account/login", "/api", "/search/help" })
        {
            var page = await Pages.Admin.Support.PageForms.ParseAsync(await client.GetAsync(path));
            foreach (var script in page.QuerySelectorAll("script"))
            {
                var type = script.GetAttribute("type");
                Assert.True(script.HasAttribute("src") || type is "application/ld+json" or "application/json",
                    $"{path} has an inline script: {script.OuterHtml[..Math.Min(120, script.OuterHtml.Length)]}");
            }
            Assert.Empty(page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))).Select(e => e.LocalName));
        }
    }
}

/// <summary>The app as deployed (Production) with one endpoint that fails, to see what a failure shows.</summary>
public sealed class ProductionAppFactory : ArchiveAppFactory
{
    public const string Secret = "internal detail 7f3a";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FailingEndpoints()));
    }

    // Runs after the app's own pipeline, for paths no endpoint of the app answers.
    private sealed class FailingEndpoints : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext http, Func<Task> _) => http.Request.Path.Value!.EndsWith("/fails-for-test", StringComparison.Ordinal)
                ? throw new InvalidOperationException(Secret + " at " + typeof(ProductionAppFactory).FullName)
                : Task.CompletedTask);
        };
    }
}

/// <summary>Issue 13: outside Development no error shows internals; API errors are problem+json, pages get the error page.</summary>
public sealed class ProductionErrorTests : IClassFixture<ProductionAppFactory>
{
    private readonly ProductionAppFactory _app;

    public ProductionErrorTests(ProductionAppFactory app) => _app = app;

    [Fact]
    public async Task A_failing_page_shows_the_error_page_without_internals()
    {
        var response = await _app.CreateClient().GetAsync("/nothing-here/fails-for-test");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", body);
        Assert.DoesNotContain(ProductionAppFactory.Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body.Replace("Something went wrong", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_api_call_answers_problem_json_without_internals()
    {
        var response = await _app.CreateClient().GetAsync("/api/fails-for-test");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ProductionAppFactory.Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
    }

    [Fact]
    public void Readme_deployment_commands_run_in_production()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var deploying = readme[readme.IndexOf("## Deploying", StringComparison.Ordinal)..];
        deploying = deploying[..deploying.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var runs = deploying.Split('\n').Where(l => l.Contains("dotnet run --", StringComparison.Ordinal) || l.Contains("dotnet PolicyArchive.Web.dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(runs);
        foreach (var line in runs.Where(l => l.Contains("dotnet run --", StringComparison.Ordinal)))
            Assert.Contains("--no-launch-profile", line);
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", deploying);
    }
}
