namespace PolicyArchive.Core.Store;

/// <summary>One change to the archive, written in the same store transaction as the change itself. The indexer of every
/// process follows these entries by <see cref="Sequence"/>; nothing else tells an index what to update.</summary>
public sealed class ChangeLogEntry
{
    /// <summary>Increasing, handed out by the store when the entry is inserted (before the transaction commits).</summary>
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    /// <summary>What kind of write this was (<see cref="ChangeKinds"/>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Public ids of the documents whose indexed form may have changed, separated by spaces; null when none.</summary>
    public string? Documents { get; set; }

    /// <summary>The subset of <see cref="Documents"/> this change created: no earlier copy can be in any index.</summary>
    public string? Created { get; set; }

    /// <summary>What else the change touched, for people reading the log: a tag, a collection, a thesaurus concept.</summary>
    public string? Subject { get; set; }

    public IReadOnlyList<string> DocumentIds => Split(Documents);

    public IReadOnlyList<string> CreatedIds => Split(Created);

    private static string[] Split(string? ids) => ids is null ? [] : ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
