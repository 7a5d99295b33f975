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
        var who = (by is null ? "" : $"by {by}") + (at is null ? "" : $"{(by is null ? "" : " ")}at {at:yyyy-MM-dd HH:mm} UTC");
        var message = action switch
        {
            AuditActions.Withdraw => $"Someone else withdrew this document while you were editing it ({who}"
                + (string.IsNullOrWhiteSpace(details) ? "" : $"; reason: “{details}”") + ").",
            AuditActions.Reinstate => $"Someone else reinstated this document while you were editing it ({who}).",
            _ => $"Someone else saved this document while you were editing it (revision {currentRevision}" + (who.Length == 0 ? "" : ", " + who) + ").",
        };
        return new EditConflictException(message, currentRevision);
    }
}
