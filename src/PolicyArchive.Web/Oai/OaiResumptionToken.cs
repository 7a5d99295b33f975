using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace PolicyArchive.Web.Oai;

/// <summary>A stateless resumption token: the original arguments and where the list stopped (documents by store id,
/// then tombstones by public id). Keyset paging keeps the order stable while the archive changes.</summary>
internal sealed record OaiResumptionToken(string Prefix, string? From, string? Until, string? Set, int AfterDocumentId, string? AfterTombstone, bool InTombstones)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this)));

    public static OaiResumptionToken? Decode(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<OaiResumptionToken>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
