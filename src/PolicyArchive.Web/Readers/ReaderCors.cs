namespace PolicyArchive.Web.Readers;

/// <summary>Any site may read the archive from a browser (GET and HEAD only, no credentials).</summary>
public static class ReaderCors
{
    public const string Policy = "read-only";
}
