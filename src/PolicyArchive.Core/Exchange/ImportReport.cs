namespace PolicyArchive.Core.Exchange;

/// <summary>What an import did. When <see cref="Errors"/> is not empty nothing was written.</summary>
public sealed record ImportReport(
    int DocumentsAdded,
    int CollectionsAdded,
    int TombstonesAdded,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public int ConceptsRestored { get; init; }
    public int TagAliasesAdded { get; init; }
}
