using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>An administrator deleted the document for real while an editor had it open: nothing can be saved to it.
/// The message is for a person and says what the tombstone records (by whom, when, why).</summary>
public sealed class DocumentDeletedException(Tombstone tombstone)
    : Exception($"This document was deleted while you were editing it (by {tombstone.DeletedBy} at {tombstone.DeletedAt:yyyy-MM-dd HH:mm} UTC; reason: “{tombstone.Reason}”).")
{
    public Tombstone Tombstone { get; } = tombstone;
}
