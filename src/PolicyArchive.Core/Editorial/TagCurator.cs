using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Editorial;

/// <summary>Renames and merges tags. Tags are indexed with their documents: the change-log entry names the documents concerned.</summary>
public sealed class TagCurator(ArchiveDbContext db, TimeProvider clock)
{
    public const string TagNameWithComma = "A tag name cannot hold a comma: the document form separates tags with commas.";

    public async Task RenameAsync(int tagId, string newName, string user, CancellationToken ct = default)
    {
        newName = ArchiveText.Name(newName);
        if (newName.Length == 0) throw new EditorialException("Give the tag a name.", "name");
        // The document form separates tags with commas: a name holding one would come back as two tags at the next save.
        if (newName.Contains(TagSet.Separator, StringComparison.Ordinal)) throw new EditorialException(TagNameWithComma, "name");
        if (newName.Length > FieldLengths.TagName) throw new EditorialException(EditorialMessages.Format(EditorialMessages.TagNameTooLong, FieldLengths.TagName), "name");
        var tags = await TagSet.LoadAsync(db, ct);
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == tagId, ct) ?? throw new EditorialException("This tag no longer exists.");
        var meant = tags.Find(newName);
        if (meant is not null && meant != tag) throw new EditorialException($"The tag \"{meant.Name}\" already has this name: merge the two instead.", "name");
        // A new spelling of the same name keeps the tag's address; another name gets its own, the old one redirecting.
        var slug = meant == tag ? tag.Slug : tags.SlugFor(newName, except: tag);
        var old = tag.Name;
        if (slug != tag.Slug) await KeepOldSlugAsync(tag.Slug, tag.Id, ct);
        tag.Name = newName;
        tag.Slug = slug;
        await SaveAsync([tagId], ChangeKinds.TagRename, AuditActions.TagRename, $"\"{old}\" → \"{newName}\"", user, ct);
    }

    /// <summary>Moves every document of <paramref name="sourceId"/> to <paramref name="targetId"/> and removes the source tag.</summary>
    public async Task MergeAsync(int sourceId, int targetId, string user, CancellationToken ct = default)
    {
        if (sourceId == targetId) throw new EditorialException("Choose two different tags to merge.", "target");
        var source = await db.Tags.Include(t => t.Documents).SingleOrDefaultAsync(t => t.Id == sourceId, ct)
            ?? throw new EditorialException("This tag no longer exists.");
        var target = await db.Tags.Include(t => t.Documents).SingleOrDefaultAsync(t => t.Id == targetId, ct)
            ?? throw new EditorialException("Choose the tag to merge into.", "target");
        var documentIds = source.Documents.Select(d => d.DocumentId).ToList();
        foreach (var documentId in documentIds.Where(id => !target.Documents.Any(t => t.DocumentId == id)))
            db.DocumentTags.Add(new DocumentTag { DocumentId = documentId, TagId = target.Id });
        // The merged tag's address, and the addresses it had itself, now lead to the target.
        foreach (var alias in await db.TagAliases.Where(a => a.TagId == source.Id).ToListAsync(ct)) alias.TagId = target.Id;
        await KeepOldSlugAsync(source.Slug, target.Id, ct);
        db.Tags.Remove(source);
        await SaveAsync(documentIds, ChangeKinds.TagMerge, AuditActions.TagMerge, $"\"{source.Name}\" into \"{target.Name}\"", user, ct, byDocument: true);
    }

    /// <summary>The tag's name per interface language (an empty label removes it: the tag then shows its name). Labels
    /// are indexed, so <c>tag:</c> finds the tag by any of them.</summary>
    public async Task SetLabelsAsync(int tagId, IReadOnlyDictionary<string, string?> labels, string user, CancellationToken ct = default)
    {
        var tag = await db.Tags.Include(t => t.Labels).SingleOrDefaultAsync(t => t.Id == tagId, ct) ?? throw new EditorialException("This tag no longer exists.");
        var changes = new List<string>();
        foreach (var (language, raw) in labels)
        {
            // Read as the store keeps it: "\u200B\u0001" was stored as a label showing nothing in place of the tag's name.
            var label = ArchiveText.Name(raw);
            if (label.Length > FieldLengths.TagName) throw new EditorialException($"A label has at most {FieldLengths.TagName} characters.", "label-" + language);
            var existing = tag.Labels.FirstOrDefault(l => l.Language == language);
            if (label.Length == 0 || label == tag.Name)
            {
                if (existing is null) continue;
                tag.Labels.Remove(existing);
                changes.Add($"{language}: removed");
            }
            else if (existing is null)
            {
                tag.Labels.Add(new TagLabel { TagId = tag.Id, Language = language, Label = label });
                changes.Add($"{language}: \"{label}\"");
            }
            else if (existing.Label != label)
            {
                existing.Label = label;
                changes.Add($"{language}: \"{label}\"");
            }
        }
        if (changes.Count == 0) return;
        await SaveAsync([tagId], ChangeKinds.TagLabels, AuditActions.TagLabels, $"\"{tag.Name}\" {string.Join(", ", changes)}", user, ct);
    }

    private async Task KeepOldSlugAsync(string slug, int tagId, CancellationToken ct)
    {
        var alias = await db.TagAliases.SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (alias is null) db.TagAliases.Add(new TagAlias { Slug = slug, TagId = tagId });
        else alias.TagId = tagId;
    }

    private async Task SaveAsync(IReadOnlyList<int> ids, string kind, string action, string details, string user, CancellationToken ct, bool byDocument = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var documentIds = byDocument ? ids : await db.DocumentTags.Where(t => ids.Contains(t.TagId)).Select(t => t.DocumentId).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // UpdatedAt moves: feeds and harvesters see the documents whose tags changed.
        await db.Documents.Where(d => documentIds.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.UpdatedAt, now), ct);
        var publicIds = await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.PublicId).ToListAsync(ct);
        db.AuditEntries.Add(AuditActions.Entry(now, user, action, null, details));
        ChangeLog.Record(db, kind, publicIds, details);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
