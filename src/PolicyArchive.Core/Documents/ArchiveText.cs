using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>The rule for text the archive keeps and writes out: no control character but tab, line feed and carriage
/// return, and nothing else XML 1.0 cannot carry (U+FFFE, U+FFFF, half a surrogate pair). Such characters mean nothing in
/// a title, a tag or a text, and one of them in the store made every Atom feed and OAI-PMH answer that showed it fail.
/// The store applies the rule to every value it saves (<see cref="CleanPendingValues"/>, called by
/// <see cref="ArchiveDbContext"/>), and the XML writers apply it again to what they write, for values stored before.</summary>
public static class ArchiveText
{
    // Everything that may be removed; a surrogate is kept when it is half of a whole pair.
    private static readonly SearchValues<char> s_suspect = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r'))
            .Concat(Enumerable.Range(0x7F, 0x21))
            .Concat(Enumerable.Range(0xD800, 0x800))
            .Append(0xFFFE).Append(0xFFFF)
            .Select(c => (char)c).ToArray());

    public static bool IsClean(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(s_suspect);
        while (at >= 0)
        {
            if (!IsPairAt(text, at)) return false;
            var next = text[(at + 2)..].IndexOfAny(s_suspect);
            at = next < 0 ? -1 : at + 2 + next;
        }
        return true;
    }

    /// <summary>The text without the characters the rule removes; the same instance when it has none.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clean(string? text)
    {
        if (text is null || IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i)) sb.Append(text, i++, 2);
            else if (!s_suspect.Contains(text[i])) sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>Whether a name or a title says nothing once the rule has cleaned it: spaces, and characters that show
    /// nothing (a zero-width space, a word joiner), only. Forms check this, not the text as typed: "\u0001" passed a
    /// blank check and was stored as an empty tag name.</summary>
    public static bool IsBlank([NotNullWhen(false)] string? text) => text is null || Name(text).Length == 0;

    /// <summary>A name as the store keeps it, cleaned and trimmed, or "" when <see cref="IsBlank"/>: what a form checks
    /// it against other names with.</summary>
    public static string Name(string? typed)
    {
        var kept = Clean(typed ?? "").Trim();
        return ShowsSomething(kept) ? kept : "";
    }

    /// <summary>Each entry of a list (authors, tags) as the store keeps it, those that show nothing left out.</summary>
    public static IEnumerable<string> Names(IEnumerable<string?> typed) => typed.Select(Name).Where(n => n.Length > 0);

    private static bool ShowsSomething(string text) =>
        text.Any(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format);

    private static bool IsPairAt(ReadOnlySpan<char> text, int at) =>
        char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);

    /// <summary>Cleans every text value about to be added or changed, whatever code wrote it (forms, uploads, imports,
    /// curation, restores). Writers that hash or segment a body clean it first themselves (the admin form does), so that
    /// what they computed matches what is stored; this is the net under all of them. Keys are left as they are.</summary>
    internal static void CleanPendingValues(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType != typeof(string) || property.Metadata.IsKey() || property.Metadata.IsForeignKey()) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (property.CurrentValue is string value && !IsClean(value)) property.CurrentValue = Clean(value);
            }
        }
    }
}
