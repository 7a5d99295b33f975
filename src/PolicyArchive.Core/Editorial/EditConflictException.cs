namespace PolicyArchive.Core.Editorial;

/// <summary>Someone else changed the document since the editor opened it (saved a revision, withdrew or reinstated it).
/// The message is for a person and names that change, not the document's last revision: a withdrawal writes none.</summary>
public sealed class EditConflictException(string message, int currentRevision) : Exception(message)
{
    public int CurrentRevision { get; } = currentRevision;

    /// <summary>The message for the change the audit log recorded last on the document (<paramref name="action"/> is an
    /// <see cref="AuditActions"/> name, or null when the log has none).</summary>
    public static EditConflictException For(int currentRevision, string? action, string? by, DateTime? at, string? details)
    {
        // The audit log writes who and when together; a template per optional part, each matched whole when translated.
        var message = (action, by, at) switch
        {
            (AuditActions.Withdraw, { } who, { } when) => string.IsNullOrWhiteSpace(details)
                ? EditorialMessages.Format(EditorialMessages.WithdrawnMeanwhile, who, EditorialMessages.Minute(when))
                : EditorialMessages.Format(EditorialMessages.WithdrawnMeanwhileWithReason, who, EditorialMessages.Minute(when), details),
            (AuditActions.Reinstate, { } who, { } when) => EditorialMessages.Format(EditorialMessages.ReinstatedMeanwhile, who, EditorialMessages.Minute(when)),
            (_, { } who, { } when) => EditorialMessages.Format(EditorialMessages.SavedMeanwhileBy, currentRevision, who, EditorialMessages.Minute(when)),
            _ => EditorialMessages.Format(EditorialMessages.SavedMeanwhile, currentRevision),
        };
        return new EditConflictException(message, currentRevision);
    }
}
