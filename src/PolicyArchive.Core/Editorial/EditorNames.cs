using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>Who made a revision, as the public may see it: the display name the editor chose on their account page, or
/// "an editor"; never the account's e-mail or user name. Automatic saves keep their names ("seed", "import").</summary>
public static class EditorNames
{
    public const string AnEditor = "an editor";

    public const int MaxDisplayNameLength = 100;

    /// <summary>The name as kept from what was typed: trimmed, or null for none (the history then says "an editor"). A
    /// name of invisible characters only (a zero-width space) is none; control characters stay, for
    /// <see cref="DisplayNameProblem"/> to refuse.</summary>
    public static string? DisplayName(string? typed) =>
        typed is null || (ArchiveText.IsBlank(typed) && !typed.Any(char.IsControl)) ? null : typed.Trim();

    /// <summary>The rule for the name an editor is shown by, wherever it is set (the account page, an administrator creating
    /// the account): null when it may be used, else the message for its field. An e-mail address would make the public
    /// history show what the name exists to hide; a control character means nothing in a name.</summary>
    public static string? DisplayNameProblem(string? name) => name switch
    {
        null => null,
        { Length: > MaxDisplayNameLength } => $"Keep the name under {MaxDisplayNameLength} characters.",
        _ when name.Contains('@', StringComparison.Ordinal) || name.Any(char.IsControl) => "Choose a name without an e-mail address or control characters.",
        _ => null,
    };

    private static readonly HashSet<string> s_automatic = new(StringComparer.Ordinal) { "seed", "import", "ingestion" };

    public static async Task<IReadOnlyDictionary<string, string>> PublicAsync(ArchiveDbContext db, IEnumerable<string> actors, CancellationToken ct = default)
    {
        var wanted = actors.Where(a => !s_automatic.Contains(a)).Distinct(StringComparer.Ordinal).ToList();
        var names = wanted.Count == 0 ? [] : await db.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { UserName = u.UserName!, u.DisplayName })
            .ToListAsync(ct);
        var map = actors.Distinct(StringComparer.Ordinal).ToDictionary(a => a, a => s_automatic.Contains(a) ? a : AnEditor, StringComparer.Ordinal);
        foreach (var n in names.Where(n => !string.IsNullOrWhiteSpace(n.DisplayName))) map[n.UserName] = n.DisplayName!.Trim();
        return map;
    }

    public static async Task<string> PublicAsync(ArchiveDbContext db, string actor, CancellationToken ct = default) =>
        (await PublicAsync(db, [actor], ct))[actor];
}
