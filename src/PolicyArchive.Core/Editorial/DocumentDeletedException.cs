using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>An administrator deleted the document for real while an editor had it open: nothing can be saved to it.
/// The message is for a person and says what the tombstone records (by whom, when, why).</summary>
public sealed class DocumentDeletedException(Tombstone tombstone)
    : Exception(EditorialMessages.Format(EditorialMessages.DeletedMeanwhile, tombstone.DeletedBy, EditorialMessages.Minute(tombstone.DeletedAt), tombstone.Reason))
{
    public Tombstone Tombstone { get; } = tombstone;
}
