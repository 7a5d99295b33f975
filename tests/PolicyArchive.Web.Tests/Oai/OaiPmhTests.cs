using System.Net;
using System.Xml.Linq;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;
using static PolicyArchive.Web.Tests.Oai.OaiSchemas;

namespace PolicyArchive.Web.Tests.Oai;

public sealed class OaiPmhTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private async Task<XDocument> GetValidAsync(string query)
    {
        var response = await factory.CreateClient().GetAsync("/oai?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var xml = await response.Content.ReadAsStringAsync();
        var problems = Validate(xml);
        Assert.True(problems.Count == 0, query + "\n" + string.Join("\n", problems) + "\n" + xml);
        return XDocument.Parse(xml);
    }

    [Fact]
    public async Task Identify_validates_and_names_the_repository()
    {
        var doc = await GetValidAsync("verb=Identify");
        var identify = doc.Root!.Element(Pmh + "Identify")!;
        Assert.Equal("2.0", identify.Element(Pmh + "protocolVersion")!.Value);
        Assert.Equal("http://localhost/oai", identify.Element(Pmh + "baseURL")!.Value);
        Assert.Equal("persistent", identify.Element(Pmh + "deletedRecord")!.Value);
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc()
    {
        var doc = await GetValidAsync("verb=ListMetadataFormats");
        Assert.Equal("oai_dc", doc.Descendants(Pmh + "metadataPrefix").Single().Value);
    }

    [Fact]
    public async Task ListSets_validates_and_lists_the_languages()
    {
        var doc = await GetValidAsync("verb=ListSets");
        Assert.Contains(doc.Descendants(Pmh + "setSpec"), s => s.Value.StartsWith("language:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Frobnicate", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=Identify&extra=1", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-01-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-01&until=2025-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=ListRecords&resumptionToken=garbage!", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=x", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:policyarchive:zzzzzzzz", "idDoesNotExist")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=tag:no-such-tag", "noRecordsMatch")]
    public async Task Errors_follow_the_protocol_and_validate(string query, string code)
    {
        var doc = await GetValidAsync(query);
        Assert.Equal(code, doc.Root!.Element(Pmh + "error")!.Attribute("code")!.Value);
        var request = doc.Root.Element(Pmh + "request")!;
        if (code is "badVerb" or "badArgument") Assert.Empty(request.Attributes());
    }

    [Fact]
    public async Task Post_works_like_get()
    {
        var response = await factory.CreateClient().PostAsync("/oai", new FormUrlEncodedContent(new Dictionary<string, string> { ["verb"] = "Identify" }));
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Empty(Validate(xml));
        Assert.Contains("<Identify>", xml, StringComparison.Ordinal);
    }
}

/// <summary>On an archive without seeds, so the members of each set are exactly known.</summary>
public sealed class OaiSetTests(EmptyArchiveFactory factory) : IClassFixture<EmptyArchiveFactory>
{
    [Fact]
    public async Task A_set_narrows_the_list_to_its_members()
    {
        await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Les puces et l'exportation", language: "fr", tags: ["export controls"]));
        await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Chips and export rules", "An English text about chips.", "en", "export controls"));
        await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Data centres", "An English text about data centres.", "en"));
        var client = factory.CreateClient();
        var sets = XDocument.Parse(await client.GetStringAsync("/oai?verb=ListSets"));
        Assert.Empty(Validate(sets.ToString()));
        Assert.Contains("tag:export-controls", sets.Descendants(Pmh + "setSpec").Select(s => s.Value));

        var all = XDocument.Parse(await client.GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc")).Descendants(Pmh + "header").Count();
        foreach (var (set, expected) in new[] { ("language:fr", 1), ("tag:export-controls", 2) })
        {
            var xml = await client.GetStringAsync("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=" + set);
            Assert.Empty(Validate(xml));
            var headers = XDocument.Parse(xml).Descendants(Pmh + "header").ToList();
            Assert.Equal(expected, headers.Count);
            Assert.True(headers.Count < all);
            Assert.All(headers, h => Assert.Contains(set, h.Elements(Pmh + "setSpec").Select(s => s.Value)));
        }
        var french = XDocument.Parse(await client.GetStringAsync("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=language:fr"));
        Assert.Equal(["Jeanne Autrice", "Paul Auteur"], french.Descendants(Dc + "creator").Select(c => c.Value));
        Assert.Equal("2025-05-09", french.Descendants(Dc + "date").Single().Value);
        Assert.Equal("fr", french.Descendants(Dc + "title").Single().Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
    }
}

/// <summary>The seeds harvested two records at a time, so resumption tokens are exercised.</summary>
public sealed class SmallPageOaiFactory : ArchiveAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:Oai:PageSize"] = "2" };
}

public sealed class OaiResumptionTests(SmallPageOaiFactory factory) : IClassFixture<SmallPageOaiFactory>
{
    [Fact]
    public async Task Resumption_tokens_harvest_every_record_once()
    {
        var client = factory.CreateClient();
        var seen = new List<string>();
        var query = "verb=ListRecords&metadataPrefix=oai_dc";
        var rounds = 0;
        while (true)
        {
            var xml = await client.GetStringAsync("/oai?" + query);
            Assert.Empty(Validate(xml));
            var doc = XDocument.Parse(xml);
            var headers = doc.Descendants(Pmh + "header").ToList();
            Assert.InRange(headers.Count, 1, 2);
            seen.AddRange(headers.Select(h => h.Element(Pmh + "identifier")!.Value));
            var token = doc.Descendants(Pmh + "resumptionToken").SingleOrDefault();
            rounds++;
            if (token is null || token.Value.Length == 0) break;
            query = "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
            Assert.True(rounds < 10, "the harvest does not end");
        }
        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(3, rounds);
    }
}
