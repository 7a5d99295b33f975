using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Oai;

/// <summary>Validates responses against the OAI-PMH 2.0, oai_dc and simple Dublin Core schemas kept in Oai/Schemas
/// (there is no network here, so the schemas are read from the repository, never fetched).</summary>
internal static class OaiSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "PolicyArchive.Web.Tests", "Oai", "Schemas");
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var file in new[] { "xml.xsd", "simpledc20021212.xsd", "oai_dc.xsd", "OAI-PMH.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }

    /// <summary>Every validation error and warning; a valid response gives none.</summary>
    public static List<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    public static readonly XNamespace Pmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
}
