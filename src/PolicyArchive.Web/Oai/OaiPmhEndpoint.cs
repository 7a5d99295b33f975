using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Primitives;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;
using static PolicyArchive.Web.Oai.OaiNames;

namespace PolicyArchive.Web.Oai;

/// <summary>The OAI-PMH 2.0 endpoint (GET or form POST at /oai): checks the verb and its arguments as the protocol
/// says, then answers from <see cref="OaiRepository"/>. Every error is an OAI-PMH error element, with status 200.</summary>
public static class OaiPmhEndpoint
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional, bool Resumable)> Verbs = new(StringComparer.Ordinal)
    {
        ["Identify"] = ([], [], false),
        ["ListMetadataFormats"] = ([], ["identifier"], false),
        ["ListSets"] = ([], [], true),
        ["ListIdentifiers"] = (["metadataPrefix"], ["from", "until", "set"], true),
        ["ListRecords"] = (["metadataPrefix"], ["from", "until", "set"], true),
        ["GetRecord"] = (["identifier", "metadataPrefix"], [], false),
    };

    public static async Task HandleAsync(HttpContext http, ArchiveDbContext db, IConfiguration configuration, CancellationToken ct)
    {
        var baseUrl = PublicUrls.Absolute(http.Request, "/oai").AbsoluteUri;
        var repository = new OaiRepository(db, baseUrl, configuration["Archive:Oai:AdminEmail"] ?? "archive@policyarchive.example",
            configuration.GetValue("Archive:Oai:PageSize", OaiRepository.DefaultPageSize));

        Answer body;
        IEnumerable<KeyValuePair<string, StringValues>>? args;
        try
        {
            args = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : http.Request.Query;
        }
        catch (InvalidDataException)
        {
            // More fields, or longer ones, than a form may have: no OAI-PMH request has more than a handful.
            args = null;
        }
        if (args is null)
            body = new Answer(null, [Error("badArgument", "The request has too many or too long arguments.")]);
        else if (args.Any(a => !IsXmlText(a.Key) || a.Value.Any(v => !IsXmlText(v))))
            body = new Answer(null, [Error("badArgument", "Arguments may not contain control characters.")]);
        else
            body = await RespondAsync(args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), repository, ct);

        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), Envelope(body.Request, baseUrl, body.Content));
        // Written whole to memory first: a failure can never leave a truncated document on the wire.
        using var buffer = new MemoryStream();
        using (var writer = ArchiveXml.Create(buffer, indent: false))
            document.WriteTo(writer);
        http.Response.ContentType = "text/xml; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
    }

    /// <summary>Text an XML document can carry (an argument echoed in the request element must be).</summary>
    internal static bool IsXmlText(string? value)
    {
        if (value is null) return true;
        try
        {
            XmlConvert.VerifyXmlChars(value);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static XElement Envelope(IReadOnlyDictionary<string, string>? request, string baseUrl, IEnumerable<XElement> content) =>
        new(Pmh + "OAI-PMH",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", $"{Pmh} {OaiSchema}"),
            new XElement(Pmh + "responseDate", OaiDatestamp.Format(DateTime.UtcNow)),
            // After badVerb or badArgument the request element carries no attributes, as the protocol requires.
            new XElement(Pmh + "request", request?.Select(a => new XAttribute(a.Key, a.Value)), baseUrl),
            content);

    internal sealed record Answer(IReadOnlyDictionary<string, string>? Request, IEnumerable<XElement> Content);

    internal static async Task<Answer> RespondAsync(Dictionary<string, StringValues> args, OaiRepository repository, CancellationToken ct)
    {
        if (!args.TryGetValue("verb", out var verbValues) || verbValues.Count != 1 || !Verbs.TryGetValue(verbValues[0]!, out var spec))
            return new Answer(null, [Error("badVerb", verbValues.Count > 1 ? "The verb argument is repeated." : "The verb is missing or is not an OAI-PMH verb.")]);
        var verb = verbValues[0]!;

        if (args.FirstOrDefault(a => a.Value.Count > 1) is { Key: not null } repeated)
            return new Answer(null, [Error("badArgument", $"The argument '{repeated.Key}' is repeated.")]);
        var given = args.Where(a => a.Key != "verb").ToDictionary(a => a.Key, a => a.Value[0] ?? "", StringComparer.Ordinal);
        var allowed = spec.Required.Concat(spec.Optional).Append(spec.Resumable ? "resumptionToken" : null).ToHashSet(StringComparer.Ordinal);
        if (given.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } illegal)
            return new Answer(null, [Error("badArgument", $"'{illegal}' is not an argument of {verb}.")]);
        if (given.ContainsKey("resumptionToken") && given.Count > 1)
            return new Answer(null, [Error("badArgument", "resumptionToken is an exclusive argument.")]);
        if (!given.ContainsKey("resumptionToken") && spec.Required.FirstOrDefault(r => !given.ContainsKey(r)) is { } missing)
            return new Answer(null, [Error("badArgument", $"{verb} needs the argument '{missing}'.")]);

        var request = new Dictionary<string, string>(given, StringComparer.Ordinal) { ["verb"] = verb };
        var content = verb switch
        {
            "Identify" => [await repository.IdentifyAsync(ct)],
            "ListMetadataFormats" => await repository.ListMetadataFormatsAsync(given.GetValueOrDefault("identifier"), ct),
            "ListSets" => given.ContainsKey("resumptionToken")
                ? [Error("badResumptionToken", "ListSets answers in one response; this token is not valid.")]
                : [await repository.ListSetsAsync(ct)],
            "GetRecord" => await repository.GetRecordAsync(given["identifier"], given["metadataPrefix"], ct),
            _ => await ListAsync(verb, given, repository, ct),
        };
        // Argument errors found while listing (dates, granularity) also answer with a bare request element.
        var argumentError = content.Any(e => e.Name == Pmh + "error" && (string?)e.Attribute("code") is "badArgument" or "badVerb");
        return new Answer(argumentError ? null : request, content);
    }

    private static async Task<XElement[]> ListAsync(string verb, Dictionary<string, string> given, OaiRepository repository, CancellationToken ct)
    {
        OaiResumptionToken query;
        if (given.TryGetValue("resumptionToken", out var token))
        {
            if (OaiResumptionToken.Decode(token) is not { } decoded)
                return [Error("badResumptionToken", "The resumption token is not valid.")];
            query = decoded;
        }
        else
        {
            var from = given.GetValueOrDefault("from");
            var until = given.GetValueOrDefault("until");
            var f = OaiDatestamp.Parse(from);
            var u = OaiDatestamp.Parse(until);
            if ((from is not null && f is null) || (until is not null && u is null))
                return [Error("badArgument", $"Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).")];
            if (f is not null && u is not null && f.Value.IsDay != u.Value.IsDay)
                return [Error("badArgument", "from and until must have the same granularity.")];
            if (f is not null && u is not null && f.Value.Value > u.Value.Value)
                return [Error("badArgument", "from is later than until.")];
            query = new OaiResumptionToken(given["metadataPrefix"], from, until, given.GetValueOrDefault("set"), 0, null, false);
        }
        if (query.Prefix != OaiDcPrefix)
            return [Error("cannotDisseminateFormat", $"This repository gives records as {OaiDcPrefix} only.")];
        return await repository.ListAsync(query, withMetadata: verb == "ListRecords", ct);
    }

    internal static XElement Error(string code, string message) => new(Pmh + "error", new XAttribute("code", code), message);
}
