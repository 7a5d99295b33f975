namespace PolicyArchive.Web.Tests.Support;

/// <summary>The real app with no seeds ingested at start, for tests of importing into an empty archive.</summary>
public sealed class EmptyArchiveFactory : ArchiveAppFactory
{
    public const long MaxSourceBytes = 200_000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Archive:IngestSeedsAtStart"] = "false",
        ["Archive:MaxSourceBytes"] = MaxSourceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
