using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Store;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Exchange;

/// <summary>Reads the JSON Lines written by <see cref="JsonLinesExporter"/> back into the store, keeping every PublicId,
/// revision and provenance record. The whole file is checked first; any error (named with its line) means nothing is
/// written. Documents already in the archive (same PublicId) are skipped, never overwritten. Thesaurus concepts replace
/// those of the same key (the archive being restored into has only the seed file's thesaurus); old tag addresses are added.</summary>
public sealed class JsonLinesImporter(ArchiveDbContext db, ThesaurusCache? thesaurus = null)
{
    public async Task<ImportReport> ImportAsync(Stream input, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var skipped = new List<string>();
        var records = await ReadAsync(input, errors, ct);
        var documents = records.OfType<DocumentRecord>().ToList();
        var collections = records.OfType<CollectionRecord>().ToList();
        var tombstones = records.OfType<TombstoneRecord>().ToList();
        var concepts = records.OfType<ConceptRecord>().ToList();
        var aliases = records.OfType<TagAliasRecord>().ToList();
        var alignments = records.OfType<AlignmentRecord>().ToList();
        foreach (var dup in concepts.GroupBy(c => c.Key).Where(g => g.Count() > 1))
            errors.Add($"concept {dup.Key} appears {dup.Count()} times in the file.");

        foreach (var dup in documents.GroupBy(d => d.PublicId).Where(g => g.Count() > 1))
            errors.Add($"document {dup.Key} appears {dup.Count()} times in the file.");

        var inFile = documents.Select(d => d.PublicId).ToHashSet(StringComparer.Ordinal);
        var existing = (await db.Documents.Where(d => inFile.Contains(d.PublicId)).Select(d => d.PublicId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var toAdd = documents.Where(d => !existing.Contains(d.PublicId)).ToList();
        skipped.AddRange(documents.Where(d => existing.Contains(d.PublicId)).Select(d => $"document {d.PublicId} is already in the archive."));

        var origins = toAdd.Where(d => d.Origin is not null).Select(d => d.Origin!).ToList();
        foreach (var clash in await db.Documents.Where(d => d.Origin != null && origins.Contains(d.Origin)).Select(d => new { d.PublicId, d.Origin }).ToListAsync(ct))
            errors.Add($"origin '{clash.Origin}' already belongs to document {clash.PublicId}.");

        var referenced = toAdd.SelectMany(d => d.Relations.Select(r => r.To)).Concat(collections.SelectMany(c => c.Items.Select(i => i.Document)))
            .Distinct(StringComparer.Ordinal).Where(id => !inFile.Contains(id)).ToList();
        var knownInStore = (await db.Documents.Where(d => referenced.Contains(d.PublicId)).Select(d => d.PublicId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in referenced.Where(id => !knownInStore.Contains(id)))
            errors.Add($"document {missing} is linked to but is neither in the file nor in the archive.");

        if (errors.Count > 0) return new ImportReport(0, 0, 0, skipped, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var t in await db.Tags.ToListAsync(ct)) tags[t.Slug] = t;
        Tag TagFor(TagRecord r) => tags.TryGetValue(r.Slug, out var t) ? t : tags[r.Slug] = new Tag
        {
            Name = r.Name,
            Slug = r.Slug,
            Labels = (r.Labels ?? new Dictionary<string, string>()).Select(l => new TagLabel { Language = l.Key, Label = l.Value }).ToList(),
        };

        var added = toAdd.Select(r => RecordMapper.ToEntity(r, TagFor)).ToList();
        db.Documents.AddRange(added);
        // One entry for the whole file, however many saves its transaction makes.
        ChangeLog.Record(db, ChangeKinds.ExchangeImport, created: added.Select(d => d.PublicId));
        await db.SaveChangesAsync(ct);

        var ids = await db.Documents.Where(d => inFile.Contains(d.PublicId) || knownInStore.Contains(d.PublicId))
            .Select(d => new { d.PublicId, d.Id })
            .ToDictionaryAsync(d => d.PublicId, d => d.Id, StringComparer.Ordinal, ct);
        foreach (var r in toAdd)
        {
            foreach (var rel in r.Relations)
            {
                db.Relations.Add(new Relation
                {
                    FromDocumentId = ids[r.PublicId], ToDocumentId = ids[rel.To], Type = Enum.Parse<RelationType>(rel.Type),
                    Note = rel.Note, CreatedAt = rel.CreatedAt,
                });
            }
        }

        var existingSlugs = (await db.Collections.Select(c => c.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var collectionsAdded = 0;
        foreach (var c in collections)
        {
            if (existingSlugs.Contains(c.Slug)) { skipped.Add($"collection {c.Slug} is already in the archive."); continue; }
            db.Collections.Add(new Collection
            {
                Slug = c.Slug, Title = c.Title, Introduction = c.Introduction, CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt,
                Items = c.Items.Select(i => new CollectionItem { DocumentId = ids[i.Document], Position = i.Position }).ToList(),
            });
            collectionsAdded++;
        }

        var tombIds = tombstones.Select(t => t.PublicId).ToList();
        var existingTombs = (await db.Tombstones.Where(t => tombIds.Contains(t.PublicId)).Select(t => t.PublicId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var tombstonesAdded = 0;
        foreach (var t in tombstones)
        {
            if (existingTombs.Contains(t.PublicId)) { skipped.Add($"tombstone {t.PublicId} is already in the archive."); continue; }
            db.Tombstones.Add(new Tombstone { PublicId = t.PublicId, Title = t.Title, Reason = t.Reason, DeletedAt = t.DeletedAt, DeletedBy = t.DeletedBy });
            tombstonesAdded++;
        }
        var savedNames = (await db.SavedSearches.Select(x => x.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var s in records.OfType<SavedSearchRecord>())
        {
            if (!savedNames.Add(s.Name)) { skipped.Add($"saved search \"{s.Name}\" is already in the archive."); continue; }
            db.SavedSearches.Add(new SavedSearch { Name = s.Name, Query = s.Query, CreatedBy = s.CreatedBy, CreatedAt = s.CreatedAt });
        }
        await db.SaveChangesAsync(ct);
        var conceptsRestored = await RestoreThesaurusAsync(concepts, ct);
        var aliasesAdded = await RestoreTagAliasesAsync(aliases, skipped, ct);
        await RestoreAlignmentsAsync(alignments, skipped, ct);
        await tx.CommitAsync(ct);
        if (conceptsRestored > 0 && thesaurus is not null) await thesaurus.ReloadAsync(db, ct);

        return new ImportReport(added.Count, collectionsAdded, tombstonesAdded, skipped, errors) { ConceptsRestored = conceptsRestored, TagAliasesAdded = aliasesAdded };
    }

    private async Task<int> RestoreThesaurusAsync(IReadOnlyList<ConceptRecord> concepts, CancellationToken ct)
    {
        if (concepts.Count == 0) return 0;
        var byKey = await db.ThesaurusConcepts.Include(c => c.Terms).ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, ct);
        foreach (var c in concepts)
        {
            if (!byKey.TryGetValue(c.Key, out var concept)) db.ThesaurusConcepts.Add(concept = new ThesaurusConcept { Key = c.Key });
            concept.Label = c.Label;
            concept.Notes = c.Notes;
            concept.Terms.Clear();
            concept.Terms.AddRange(c.Terms.Select(t => new ThesaurusTerm { Language = t.Language, Text = t.Text }));
        }
        await db.SaveChangesAsync(ct);
        return concepts.Count;
    }

    private async Task RestoreAlignmentsAsync(IReadOnlyList<AlignmentRecord> alignments, List<string> skipped, CancellationToken ct)
    {
        if (alignments.Count == 0) return;
        var wanted = alignments.SelectMany(a => new[] { a.Translation, a.Original }).Distinct().ToList();
        var ids = await db.Documents.Where(d => wanted.Contains(d.PublicId)).ToDictionaryAsync(d => d.PublicId, d => d.Id, StringComparer.Ordinal, ct);
        var existing = (await db.TranslationAlignments.Select(a => new { a.TranslationDocumentId, a.OriginalDocumentId }).ToListAsync(ct))
            .Select(a => (a.TranslationDocumentId, a.OriginalDocumentId)).ToHashSet();
        foreach (var a in alignments)
        {
            if (!ids.TryGetValue(a.Translation, out var t) || !ids.TryGetValue(a.Original, out var o)) { skipped.Add($"alignment of {a.Translation} with {a.Original}: a document is missing."); continue; }
            if (!existing.Add((t, o))) { skipped.Add($"alignment of {a.Translation} with {a.Original} is already in the archive."); continue; }
            db.TranslationAlignments.Add(new TranslationAlignment { TranslationDocumentId = t, OriginalDocumentId = o, Rows = a.Rows, UpdatedAt = a.UpdatedAt, UpdatedBy = a.UpdatedBy });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> RestoreTagAliasesAsync(IReadOnlyList<TagAliasRecord> aliases, List<string> skipped, CancellationToken ct)
    {
        if (aliases.Count == 0) return 0;
        var tags = await db.Tags.ToDictionaryAsync(t => t.Slug, t => t.Id, StringComparer.Ordinal, ct);
        var taken = (await db.TagAliases.Select(a => a.Slug).ToListAsync(ct)).Concat(tags.Keys).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var a in aliases)
        {
            if (!tags.TryGetValue(a.Tag, out var tagId)) { skipped.Add($"old tag address {a.Slug}: no tag {a.Tag} in the archive."); continue; }
            if (!taken.Add(a.Slug)) { skipped.Add($"old tag address {a.Slug} is already in use."); continue; }
            db.TagAliases.Add(new TagAlias { Slug = a.Slug, TagId = tagId });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    private static async Task<List<ExchangeRecord>> ReadAsync(Stream input, List<string> errors, CancellationToken ct)
    {
        var records = new List<ExchangeRecord>();
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var record = JsonSerializer.Deserialize<ExchangeRecord>(line, ExchangeJson.Options);
                if (record is null) { errors.Add($"line {lineNumber}: empty record."); continue; }
                if (Validate(record) is { } problem) { errors.Add($"line {lineNumber}: {problem}"); continue; }
                records.Add(record);
            }
            catch (JsonException e)
            {
                errors.Add($"line {lineNumber}: not a record of this archive ({e.Message})");
            }
            catch (NotSupportedException e)
            {
                errors.Add($"line {lineNumber}: {e.Message}");
            }
        }
        if (lineNumber == 0) errors.Add("the file is empty.");
        return records;
    }

    // A title or label is checked as the store keeps it (ArchiveText.IsBlank): one of control characters, which the store
    // removes, or of zero-width characters alone passed IsNullOrWhiteSpace and was stored showing nothing.
    private static string? Validate(ExchangeRecord record) => record switch
    {
        DocumentRecord d when !PublicIds.IsWellFormed(d.PublicId) => $"'{d.PublicId}' is not a document id.",
        DocumentRecord d when ArchiveText.IsBlank(d.Title) => $"document {d.PublicId} has no title.",
        DocumentRecord d when !Enum.TryParse<DocumentStatus>(d.Status, out _) => $"document {d.PublicId} has an unknown status '{d.Status}'.",
        DocumentRecord d when d.Provenance.FirstOrDefault(p => !Enum.TryParse<FieldSource>(p.Source, out _)) is { } p => $"document {d.PublicId} has an unknown provenance source '{p.Source}'.",
        DocumentRecord d when d.Relations.FirstOrDefault(r => !Enum.TryParse<RelationType>(r.Type, out _)) is { } r => $"document {d.PublicId} has an unknown relation type '{r.Type}'.",
        DocumentRecord d when !new PartialDate(d.PublishedYear, d.PublishedMonth, d.PublishedDay).IsKnown && (d.PublishedYear ?? d.PublishedMonth ?? d.PublishedDay) is not null
            => $"document {d.PublicId} has an incomplete date.",
        TombstoneRecord t when !PublicIds.IsWellFormed(t.PublicId) => $"'{t.PublicId}' is not a document id.",
        CollectionRecord c when string.IsNullOrWhiteSpace(c.Slug) => "a collection has no slug.",
        ConceptRecord c when string.IsNullOrWhiteSpace(c.Key) || ArchiveText.IsBlank(c.Label) => "a concept has no key or no label.",
        TagAliasRecord a when string.IsNullOrWhiteSpace(a.Slug) || string.IsNullOrWhiteSpace(a.Tag) => "an old tag address has no slug or no tag.",
        _ => null,
    };
}
