namespace PolicyArchive.Core.Editorial;

/// <summary>Someone else saved the document since the editor opened it. The message is for a person.</summary>
public sealed class EditConflictException(int currentRevision, string? savedBy, DateTime? savedAt)
    : Exception($"Someone else saved this document while you were editing it (revision {currentRevision}"
        + (savedBy is null ? "" : $", by {savedBy}") + (savedAt is null ? "" : $" at {savedAt:yyyy-MM-dd HH:mm} UTC") + ").")
{
    public int CurrentRevision { get; } = currentRevision;
}
