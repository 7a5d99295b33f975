using System.Xml.Linq;

namespace PolicyArchive.Web.Oai;

internal static class OaiNames
{
    public static readonly XNamespace Pmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string OaiSchema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    public const string OaiDcSchema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public const string OaiDcPrefix = "oai_dc";

    /// <summary>Record identifiers do not depend on the host name, so they stay the same behind any proxy.</summary>
    public const string IdentifierPrefix = "oai:policyarchive:";

    public const string Granularity = "YYYY-MM-DDThh:mm:ssZ";
}
