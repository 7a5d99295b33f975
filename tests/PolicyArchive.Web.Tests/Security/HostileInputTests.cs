using System.Net;
using System.Xml.Linq;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, hostile input: every request kept in Data/hostile-requests.txt gets an answer below 500, and an XML
/// answer is a whole document. TRACE and other methods get 405; an OAI-PMH POST with too many fields an OAI error.</summary>
public sealed class HostileInputTests : IClassFixture<ArchiveAppFactory>
{
    private readonly ArchiveAppFactory _app;

    public HostileInputTests(ArchiveAppFactory app) => _app = app;

    public static TheoryData<string> Requests()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(SecurityData.PathOf("hostile-requests.txt")))
            if (line.Length > 0 && !line.StartsWith('#')) data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Hostile_request_gets_a_valid_answer_or_a_plain_4xx(string pathAndQuery)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative)));
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{pathAndQuery} answered {status}");
        var body = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type.EndsWith("xml", StringComparison.Ordinal)) XDocument.Parse(body);
        if (response.Headers.Location is { } location)
        {
            Assert.False(location.IsAbsoluteUri, $"{pathAndQuery} redirected off the site to {location}");
            Assert.DoesNotContain(location.OriginalString, c => char.IsControl(c) || c > '\u007E');
            Assert.False(location.OriginalString.StartsWith("//", StringComparison.Ordinal) || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal));
        }
        if (status >= 400) Assert.False(string.IsNullOrWhiteSpace(body), $"{pathAndQuery} answered {status} with no message");
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACK", "/")]
    [InlineData("PUT", "/search")]
    [InlineData("DELETE", "/api/documents")]
    [InlineData("PATCH", "/oai")]
    [InlineData("OPTIONS", "/")]
    public async Task Methods_the_archive_does_not_answer_get_405(string method, string path)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Oai_post_with_more_fields_than_a_form_may_have_gets_an_oai_error()
    {
        var client = _app.CreateClient();
        var fields = Enumerable.Range(0, 1100).Select(i => new KeyValuePair<string, string>("f" + i, "x")).Prepend(new("verb", "Identify"));
        var response = await client.PostAsync("/oai", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("badArgument", xml.Descendants(XName.Get("error", "http://www.openarchives.org/OAI/2.0/")).Single().Attribute("code")!.Value);
    }
}
