using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Thesaurus;

/// <summary>What an administrator writes for a concept; <see cref="Terms"/> is the one-term-a-line text of <see cref="ThesaurusTermLines"/>.
/// A blank key is made from the label.</summary>
public sealed record ThesaurusDraft(string? Label, string? Key, string? Notes, string? Terms);

/// <summary>A draft that cannot be saved: each message with the form field it belongs next to ("label", "key", "notes", "terms").</summary>
public sealed class ThesaurusDraftException(IReadOnlyList<(string Field, string Message)> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; } = errors;
}

/// <summary>Creates, changes and deletes thesaurus concepts. Every change is audited and swaps the in-memory thesaurus at once,
/// so the next search expands with it.</summary>
public sealed partial class ThesaurusEditor(ArchiveDbContext db, ThesaurusCache cache, ArchiveIndex index, TimeProvider clock)
{
    public const string CreateAction = "thesaurus.create";
    public const string UpdateAction = "thesaurus.update";
    public const string DeleteAction = "thesaurus.delete";
    public const int MaxKeyLength = 100;
    public const int MaxLabelLength = 200;
    public const int MaxNotesLength = 4000;

    private const string NoLongerExists = "This concept no longer exists.";
    private const string KeptInForm = " Your changes are still in the form below and were not saved: open the concept again in another tab, then bring your changes into it.";

    // Letters and digits of every script, as Slugs keeps them (a key made from the label "出口管制" is "出口管制"; \p{Cs}:
    // a letter beyond the first 65,536 is two UTF-16 halves to this pattern).
    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Lm}\p{Mc}\p{N}\p{Cs}]+(-[\p{Ll}\p{Lo}\p{Lm}\p{Mc}\p{N}\p{Cs}]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    public Task<ThesaurusConcept?> FindAsync(string key, CancellationToken ct = default) =>
        db.ThesaurusConcepts.Include(c => c.Terms).AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, ct);

    public Task<ThesaurusConcept> CreateAsync(ThesaurusDraft draft, string user, CancellationToken ct = default) =>
        SerializableRetry.RunAsync(db, async () =>
        {
            await using var transaction = await BeginAsync(ct);
            var valid = await ValidateAsync(draft, null, ct);
            var concept = new ThesaurusConcept { Key = valid.Key, Label = valid.Label, Notes = valid.Notes };
            concept.Terms.AddRange(valid.Lines.Select(l => new ThesaurusTerm { Language = l.Language, Text = l.Text }));
            db.ThesaurusConcepts.Add(concept);
            await SaveAsync(CreateAction, ChangeKinds.ThesaurusCreate, concept.Key, $"{concept.Key}: {concept.Label} ({concept.Terms.Count} terms)", user, transaction, ct);
            return concept;
        }, ct);

    /// <summary>Serializable, because a spelling belongs to one concept only and that is checked by reading every concept's
    /// terms: SQLite's transaction takes the write lock at its start, so a second save waits and then reads the first one's
    /// terms; PostgreSQL fails one of two transactions that ran beside each other (40001), and <see cref="SerializableRetry"/>
    /// makes it again, when it reads the other's terms.</summary>
    private Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken ct) =>
        db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);

    /// <summary>What a concept is now, as a short fingerprint of its key, label, notes and terms: the edit form carries the
    /// one it was made from, so a change saved by someone else in between is caught instead of overwritten.</summary>
    public static string StampOf(ThesaurusConcept concept)
    {
        var text = new StringBuilder().Append(concept.Key).Append('\u001f').Append(concept.Label).Append('\u001f').Append(concept.Notes);
        foreach (var t in concept.Terms.OrderBy(t => t.Text, StringComparer.Ordinal)) text.Append('\u001e').Append(t.Language).Append('\u001f').Append(t.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>Changes the concept now keyed <paramref name="key"/>; returns its key after the change (it may be renamed).
    /// <paramref name="expectedStamp"/> is the <see cref="StampOf"/> the editor's form was made from: when the concept changed
    /// since, nothing is written and <see cref="EditorialException"/> says who changed it.</summary>
    public Task<string> UpdateAsync(string key, string? expectedStamp, ThesaurusDraft draft, string user, CancellationToken ct = default) =>
        SerializableRetry.RunAsync(db, () => UpdateOnceAsync(key, expectedStamp, draft, user, ct), ct);

    private async Task<string> UpdateOnceAsync(string key, string? expectedStamp, ThesaurusDraft draft, string user, CancellationToken ct)
    {
        await using var transaction = await BeginAsync(ct);
        // The row is written first, to itself: that takes the write lock (SQLite) or the row lock (PostgreSQL) until the
        // commit, so a second save of the same concept waits here and then reads the first one's terms, never the ones before.
        if (await db.ThesaurusConcepts.Where(c => c.Key == key).ExecuteUpdateAsync(s => s.SetProperty(c => c.Label, c => c.Label), ct) == 0)
            throw new EditorialException(NoLongerExists);
        var concept = await db.ThesaurusConcepts.Include(c => c.Terms).SingleAsync(c => c.Key == key, ct);
        if (StampOf(concept) != expectedStamp) throw await ConflictAsync(concept, ct);
        var valid = await ValidateAsync(draft, concept, ct);
        var changes = new List<string>();
        if (valid.Key != concept.Key) changes.Add(KeyChange(concept.Key, valid.Key));
        if (valid.Label != concept.Label) changes.Add($"label “{concept.Label}” → “{valid.Label}”");
        if (valid.Notes != concept.Notes) changes.Add("notes");
        concept.Key = valid.Key;
        concept.Label = valid.Label;
        concept.Notes = valid.Notes;

        var wanted = valid.Lines.ToDictionary(l => l.Text, StringComparer.Ordinal);
        foreach (var term in concept.Terms.Where(t => !wanted.ContainsKey(t.Text)).ToList())
        {
            concept.Terms.Remove(term);
            db.ThesaurusTerms.Remove(term);
            changes.Add($"-{term.Language}: {term.Text}");
        }
        foreach (var line in valid.Lines)
        {
            var existing = concept.Terms.SingleOrDefault(t => t.Text == line.Text);
            if (existing is null)
            {
                concept.Terms.Add(new ThesaurusTerm { Language = line.Language, Text = line.Text });
                changes.Add($"+{line.Language}: {line.Text}");
            }
            else if (existing.Language != line.Language)
            {
                changes.Add($"{existing.Text}: {existing.Language} → {line.Language}");
                existing.Language = line.Language;
            }
        }
        if (changes.Count == 0) return concept.Key;
        await SaveAsync(UpdateAction, ChangeKinds.ThesaurusUpdate, concept.Key, $"{key}: {string.Join("; ", changes)}", user, transaction, ct);
        return concept.Key;
    }

    public async Task DeleteAsync(string key, string user, CancellationToken ct = default)
    {
        var concept = await db.ThesaurusConcepts.Include(c => c.Terms).SingleOrDefaultAsync(c => c.Key == key, ct)
            ?? throw new EditorialException(NoLongerExists);
        db.ThesaurusConcepts.Remove(concept);
        await SaveAsync(DeleteAction, ChangeKinds.ThesaurusDelete, concept.Key, $"{concept.Key}: {concept.Label} ({concept.Terms.Count} terms: {string.Join(", ", concept.Terms.Select(t => t.Text))})", user, null, ct);
    }

    private async Task SaveAsync(string action, string kind, string key, string details, string user, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction, CancellationToken ct)
    {
        db.AuditEntries.Add(AuditActions.Entry(clock.GetUtcNow().UtcDateTime, user, action, null, details));
        // Nothing in the index changes, but the entry is the archive's signal that cached pages ("more like this") are stale.
        ChangeLog.Record(db, kind, subject: key);
        try
        {
            await db.SaveChangesAsync(ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (StoreWriteFailure.IsUniqueViolation(e))
        {
            // Another administrator saved a concept with this key between the check and the save.
            db.ChangeTracker.Clear();
            throw new ThesaurusDraftException([("key", KeyTaken(key))]);
        }
        await cache.ReloadAsync(db, ct);
    }

    private async Task<EditorialException> ConflictAsync(ThesaurusConcept current, CancellationToken ct)
    {
        // An entry starts with the key the concept had before the change, so a rename to this key starts with the old one
        // and is found by its "key old → new" instead.
        var renamedTo = " → " + current.Key;
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.Action == UpdateAction || a.Action == CreateAction) && a.Details != null
                && (a.Details.StartsWith(current.Key + ":") || (a.Details.Contains(": key ") && (a.Details.Contains(renamedTo + ";") || a.Details.EndsWith(renamedTo)))))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        db.ChangeTracker.Clear();
        return new EditorialException((last is null
                ? "Someone else changed this concept while you were editing it."
                : EditorialMessages.Format(EditorialMessages.ConceptChangedMeanwhileBy, last.UserName, EditorialMessages.Minute(last.At)))
            + KeptInForm);
    }

    /// <summary>What an editor whose form names <paramref name="key"/>, which no concept has now, is told: that someone
    /// renamed the concept (to which key, who, when), or that it no longer exists.</summary>
    public async Task<string> GoneMessageAsync(string key, CancellationToken ct = default)
    {
        // An update's entry starts with the key before the change, and a rename is its first change: "old: key old → new; …".
        var prefix = $"{key}: {KeyChange(key, "")}";
        var renamed = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == UpdateAction && a.Details != null && a.Details.StartsWith(prefix))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (renamed is null) return NoLongerExists;
        var newKey = renamed.Details![prefix.Length..].Split(';')[0].Trim();
        return EditorialMessages.Format(EditorialMessages.ConceptRenamedMeanwhile, newKey, renamed.UserName, EditorialMessages.Minute(renamed.At)) + KeptInForm;
    }

    /// <summary>A rename as the audit entry of an update writes it (and <see cref="GoneMessageAsync"/> reads it back).</summary>
    private static string KeyChange(string from, string to) => $"key {from} → {to}";

    private sealed record ValidDraft(string Label, string Key, string? Notes, IReadOnlyList<ThesaurusTermLines.Line> Lines);

    /// <summary>The key an editor left blank. Where another concept holds it although its label now gives another key
    /// (an earlier slug rule gave "!!!" the key "document"), this one's is set apart rather than refused; the same label
    /// again keeps the key, and is refused as another concept's.</summary>
    private async Task<string> KeyFromLabelAsync(string label, ThesaurusConcept? current, CancellationToken ct)
    {
        var key = Slugs.From(label);
        var holder = await db.ThesaurusConcepts.Where(c => c.Key == key && (current == null || c.Id != current.Id)).Select(c => c.Label).FirstOrDefaultAsync(ct);
        return holder is not null && Slugs.From(holder) != key ? Slugs.Distinct(label) : key;
    }

    private static string KeyTaken(string key) => $"Another concept already has the key “{key}”.";

    private async Task<ValidDraft> ValidateAsync(ThesaurusDraft draft, ThesaurusConcept? current, CancellationToken ct)
    {
        var errors = new List<(string Field, string Message)>();
        var label = ArchiveText.Name(draft.Label);
        if (label.Length == 0) errors.Add(("label", "Give the concept a label."));
        else if (label.Length > MaxLabelLength) errors.Add(("label", $"A label has at most {MaxLabelLength} characters."));

        var key = string.IsNullOrWhiteSpace(draft.Key) ? (label.Length == 0 ? "" : await KeyFromLabelAsync(label, current, ct)) : draft.Key.Trim();
        if (key.Length > MaxKeyLength) errors.Add(("key", $"A key has at most {MaxKeyLength} characters."));
        else if (key.Length > 0 && !KeyPattern().IsMatch(key))
            errors.Add(("key", "A key is lower-case letters, digits and single hyphens, e.g. export-controls."));
        else if (key.Length > 0 && await db.ThesaurusConcepts.AnyAsync(c => c.Key == key && (current == null || c.Id != current.Id), ct))
            errors.Add(("key", KeyTaken(key)));

        var notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim();
        if (notes?.Length > MaxNotesLength) errors.Add(("notes", $"Notes have at most {MaxNotesLength} characters."));

        var parsed = ThesaurusTermLines.Parse(draft.Terms);
        errors.AddRange(parsed.Errors.Select(e => ("terms", e)));
        if (parsed.Lines.Count == 0 && parsed.Errors.Count == 0) errors.Add(("terms", "Give at least one term, e.g. “fr: contrôles à l'exportation”."));
        // The terms are checked against the store, read in the saving transaction, not against this node's thesaurus in
        // memory: another administrator's save, on this node or another, may not have reached it yet.
        ThesaurusExpander? stored = null;
        foreach (var line in parsed.Lines)
        {
            if (index.Analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fold, line.Text).Count == 0)
                errors.Add(("terms", $"Line {line.Number}: “{line.Text}” has no word a search can match."));
            // Queries look concepts up in runs of at most this many typed words (a CJK run without spaces is one word).
            else if (line.Text.Split(' ').Length > ThesaurusExpander.MaxTermWords)
                errors.Add(("terms", $"Line {line.Number}: a term has at most {ThesaurusExpander.MaxTermWords} words; searches never match a longer one."));
            // A spelling belongs to one concept only: the expander keeps the first and would silently ignore this one.
            if (current?.Terms.Any(t => t.Text == line.Text) == true) continue;
            stored ??= await cache.ReadAsync(db, ct);
            if (stored.Find(line.Text) is not { } owner || owner.Id == current?.Id) continue;
            errors.Add(("terms", $"Line {line.Number}: “{line.Text}” already names the concept “{owner.Label}” ({owner.Key})."));
        }
        if (errors.Count > 0) throw new ThesaurusDraftException(errors);
        return new ValidDraft(label, key, notes, parsed.Lines);
    }
}
