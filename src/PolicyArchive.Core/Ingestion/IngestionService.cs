using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Duplicates;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Stores sources as documents. Idempotent: a source is keyed by its origin and its content hash,
/// so ingesting the same file twice changes nothing, and a changed file becomes a new revision of the same document.
/// A batch is saved in one transaction with one change-log entry; the indexer follows the log.</summary>
public sealed class IngestionService(
    ArchiveDbContext db,
    ISourceExtractor extractor,
    ArchiveIndex index,
    ArchiveChanges changes,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    // The notes of the revisions ingestion writes; documents stored before IngestedRevision existed are read by them.
    private const string NoteAdded = "ingested", NoteFileChanged = "source file changed", NoteCurationChanged = "curation changed";

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    private static readonly TimeSpan NearDuplicateIndexWait = TimeSpan.FromSeconds(10);

    /// <summary>Where the time of the batches went; a bulk import shares one across its batches.</summary>
    public IngestionTimings Timings { get; set; } = new();

    /// <summary>Called, from any thread, as each file of a batch has been read and parsed: a bulk import's progress moves
    /// file by file rather than a thousand files at a time.</summary>
    public Action? FileParsed { get; set; }

    public Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IEnumerable<SourceInput> inputs, CancellationToken ct = default) =>
        IngestBatchAsync(inputs, null, ct);

    /// <summary>Ingests a batch: one transaction, one index commit. <paramref name="bandMap"/>, when given, answers the
    /// near-duplicate look-ups from memory (a bulk import keeps one for all its batches) and learns the batch's bands;
    /// without it the index is queried.</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IEnumerable<SourceInput> inputs, NearDuplicateBandMap? bandMap, CancellationToken ct = default)
    {
        var items = inputs.Select(i => new Item(i)).ToList();
        using (Timings.Measure("look-up"))
            await LookUpExistingAsync(items, ct);

        // Extraction is CPU-bound and independent per source: run it in parallel; the store work below stays on one context.
        var toExtract = items.Where(i => i.Result is null).ToList();
        using (Timings.Measure("extraction"))
            Parallel.ForEach(toExtract, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
            {
                Extract(item);
                FileParsed?.Invoke();
            });

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<Document>();
        using (Timings.Measure("entities"))
        {
            var tags = await TagSet.LoadAsync(db, ct);
            var addedShas = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in items.Where(i => i.Result is null))
            {
                if (item.EditedDocument is { } edited)
                {
                    RecordSourceChange(item, edited.Id, edited.PublicId, now);
                    continue;
                }
                if (item.Existing is null && addedShas.TryGetValue(item.Sha, out var twin))
                {
                    item.Result = Unchanged(item.Name, twin, "the same content is earlier in this batch");
                    continue;
                }
                var document = Store(item, item.Curated!, tags, now);
                addedShas.TryAdd(item.Sha, document.PublicId);
                changed.Add(document);
            }
        }

        // One transaction for the batch: a crash loses the batch whole, never half a document, and the index catches up at start.
        if (changed.Count > 0)
            ChangeLog.Record(db, ChangeKinds.Ingest, changed.Select(d => d.PublicId), created: items.Where(i => i.Stored is not null && i.Existing is null).Select(i => i.Stored!.PublicId));
        using (Timings.Measure("save"))
            await db.SaveChangesAsync(ct);
        if (changed.Count > 0)
        {
            // Shingles feed both the index's MinHash bands and the exact resemblance check: computed once, in parallel.
            var stored = items.Where(i => i.Stored is not null).ToList();
            Dictionary<Document, IReadOnlyList<string>> bands;
            using (Timings.Measure("shingles"))
            {
                Parallel.ForEach(stored, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                {
                    i.Shingles = Shingles.Of(i.Stored!.Body);
                    i.Bands = MinHash.BandKeys(i.Shingles);
                });
                bands = stored.ToDictionary(i => i.Stored!, i => i.Bands!);
            }
            using (Timings.Measure("index"))
            {
                // The indexer of this process takes the batch as it is in memory, bands included, rather than reading it back.
                if (db.LastChangeSequence is { } sequence)
                {
                    changes.Offer(sequence, stored.Select(i => i.Stored!).ToList(), d => bands.GetValueOrDefault(d));
                    changes.Wake();
                    // Without a band map, candidates come from the index: it must hold this batch first (bounded wait).
                    if (bandMap is null && !await changes.WaitUntilSearchableAsync(sequence, NearDuplicateIndexWait, ct))
                        logger.LogInformation("Near-duplicate check of this batch ran before the index took it in");
                }
            }
            using (Timings.Measure("near-duplicates"))
                await FlagNearDuplicatesAsync(stored, bandMap, now, ct);
        }
        logger.LogInformation("Ingestion batch of {Count}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected",
            items.Count, items.Count(i => i.Result!.Outcome == IngestOutcome.Added), items.Count(i => i.Result!.Outcome == IngestOutcome.Updated),
            items.Count(i => i.Result!.Outcome == IngestOutcome.Unchanged), items.Count(i => i.Result!.Outcome == IngestOutcome.Rejected));
        return items.Select(i => i.Result!).ToList();
    }

    /// <summary>Size check, hash, and what the store already holds for the batch, in two queries rather than two per source.</summary>
    private async Task LookUpExistingAsync(List<Item> items, CancellationToken ct)
    {
        foreach (var item in items.Where(i => i.Input.Content.LongLength > MaxBytes))
            item.Result = Reject(item.Name, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {item.Input.Content.LongLength:N0} bytes; the limit is {MaxBytes:N0} bytes."));
        var live = items.Where(i => i.Result is null).ToList();
        foreach (var item in live) item.Sha = RevisionFactory.Sha256Hex(item.Input.Content);

        // First what identifies each stored source (hash, curated values); whole documents only for those that will change.
        var origins = live.Where(i => i.Input.Origin is not null).Select(i => i.Input.Origin!).Distinct().ToList();
        var known = origins.Count == 0 ? [] : await db.Documents
            .Where(d => d.Origin != null && origins.Contains(d.Origin))
            .Select(d => new
            {
                d.Id, Origin = d.Origin!, d.PublicId, d.ContentSha256, d.Notes, d.RevisionNumber,
                // Documents stored before the column existed: the last revision an ingestion wrote, by its note.
                Ingested = d.IngestedRevision ?? d.Revisions.Where(r => r.Note == NoteAdded || r.Note == NoteFileChanged || r.Note == NoteCurationChanged).Max(r => (int?)r.Number),
                LastChangeKey = db.SourceChanges.Where(c => c.DocumentId == d.Id).OrderByDescending(c => c.Id).Select(c => c.SourceKey).FirstOrDefault(),
                Curated = d.Provenance.Where(p => p.Source == FieldSource.Curated).Select(p => new { p.Field, p.Value }).ToList(),
            })
            .ToDictionaryAsync(d => d.Origin, ct);
        var shas = live.Select(i => i.Sha).Distinct().ToList();
        var bySha = (await db.Documents.Where(d => shas.Contains(d.ContentSha256)).Select(d => new { d.ContentSha256, d.PublicId }).ToListAsync(ct))
            .GroupBy(d => d.ContentSha256).ToDictionary(g => g.Key, g => g.First().PublicId);

        var toLoad = new Dictionary<Item, int>();
        foreach (var item in live)
        {
            var stored = item.Input.Origin is { } o ? known.GetValueOrDefault(o) : null;
            if (stored is null)
            {
                if (bySha.TryGetValue(item.Sha, out var same)) item.Result = Unchanged(item.Name, same, "the same content is already in the archive");
            }
            else if (stored.ContentSha256 == item.Sha
                && (item.Input.Curation is not { } entry || DocumentFactory.SameCuration(stored.Curated.Select(c => (c.Field, c.Value)), stored.Notes, entry)))
            {
                item.Result = Unchanged(item.Name, stored.PublicId, "same content and curation as already stored");
            }
            else if (stored.RevisionNumber > (stored.Ingested ?? 0))
            {
                // An editor revised the document since its last ingestion: the source's change is shown to editors, never applied over them.
                item.SourceKey = SourceKeyOf(item);
                if (stored.LastChangeKey == item.SourceKey)
                    item.Result = Unchanged(item.Name, stored.PublicId, "an editor revised it since its last ingestion; this change of its source is already flagged to editors");
                else
                    item.EditedDocument = (stored.Id, stored.PublicId);
            }
            else
            {
                toLoad[item] = stored.Id;
            }
        }
        if (toLoad.Count == 0) return;

        var ids = toLoad.Values.ToList();
        var documents = await db.Documents
            .WithAuthorsAndTags()
            .Include(d => d.Passages).Include(d => d.Removals).Include(d => d.Provenance)
            .Where(d => ids.Contains(d.Id)).AsSplitQuery()
            .ToDictionaryAsync(d => d.Id, ct);
        foreach (var (item, id) in toLoad) item.Existing = documents[id];
    }

    private void Extract(Item item)
    {
        try
        {
            item.Curated = CurationMerger.Merge(extractor.Extract(item.Input.Content, item.Input.FileName), item.Input.Curation);
            CuratedLengths.Check(item.Curated);
            // Compressed here, on every core, rather than one by one when the batch is saved (the save finds it compressed).
            CompressedText.Pack(item.Curated.Source.Body);
        }
        catch (IngestionRejectedException ex)
        {
            item.Result = Reject(item.Name, ex.Message);
        }
    }

    private Document Store(Item item, CuratedSource curated, TagSet tags, DateTime now)
    {
        var existing = item.Existing;
        var contentChanged = existing is not null && existing.ContentSha256 != item.Sha;
        var document = existing ?? new Document { PublicId = PublicIds.New(), Origin = item.Input.Origin, IngestedAt = now };
        DocumentFactory.Apply(document, curated, TagsFor(curated.Tags, tags));
        document.ContentSha256 = item.Sha;
        document.UpdatedAt = now;
        document.RevisionNumber++;
        document.ConcurrencyVersion++;
        document.IngestedRevision = document.RevisionNumber;
        var (note, summary) = existing is null ? (NoteAdded, (string?)null)
            : contentChanged ? (NoteFileChanged, "re-ingested") : (NoteCurationChanged, "metadata");
        document.Revisions.Add(RevisionFactory.Snapshot(document, item.Input.Actor, note, summary, now));
        if (existing is null) db.Documents.Add(document);
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = item.Input.Actor, Action = existing is null ? AuditActions.IngestAdd : AuditActions.IngestUpdate, DocumentPublicId = document.PublicId, Details = item.Name });

        var outcome = existing is null ? IngestOutcome.Added : IngestOutcome.Updated;
        // Per document at Debug: a bulk import of thousands would otherwise spend its time writing to the console; the batch summary is at Information.
        logger.LogDebug("Ingestion {Outcome} {File} as {PublicId} ({Language}, {Chars} chars, {Removed} removals)",
            outcome, item.Name, document.PublicId, document.Language, document.Body.Length, document.Removals.Count);
        item.Result = new IngestResult(outcome, item.Input.FileName, document.PublicId, null);
        item.Stored = document;
        return document;
    }

    /// <summary>Keeps what a changed source now gives beside the document an editor revised, for editors to compare; the
    /// document itself is not touched.</summary>
    private void RecordSourceChange(Item item, int documentId, string publicId, DateTime now)
    {
        var curated = item.Curated!;
        var preview = new Document();
        DocumentFactory.Apply(preview, curated, TagSet.Names(curated.Tags).Select(n => new Tag { Name = n, Slug = Slugs.From(n) }).ToList());
        var snapshot = RevisionFactory.Snapshot(preview, item.Input.Actor, null, null, now);
        db.SourceChanges.Add(new SourceChange
        {
            DocumentId = documentId,
            DetectedAt = now,
            DetectedBy = item.Input.Actor,
            SourceKey = item.SourceKey!,
            ContentSha256 = item.Sha,
            Title = snapshot.Title,
            Body = preview.Body,
            MetadataJson = snapshot.MetadataJson,
        });
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = item.Input.Actor, Action = "ingest.source-changed", DocumentPublicId = publicId, Details = item.Name });
        logger.LogWarning("Ingestion did not apply the changed source {File} to {PublicId}: an editor revised it since its last ingestion; the change is flagged to editors", item.Name, publicId);
        item.Result = new IngestResult(IngestOutcome.Unchanged, item.Input.FileName, publicId,
            "an editor revised it since its last ingestion; the source's change is flagged to editors, not applied");
    }

    /// <summary>The source's bytes and curation entry together: one version of a source.</summary>
    private static string SourceKeyOf(Item item) =>
        RevisionFactory.Sha256Hex(item.Sha + "\n" + (item.Input.Curation is null ? "" : System.Text.Json.JsonSerializer.Serialize(item.Input.Curation)));

    /// <summary>Flags (never merges) stored documents that the new texts closely resemble: the same article from another
    /// outlet. Candidates come from the index's MinHash bands; the resemblance is then measured exactly.</summary>
    private async Task FlagNearDuplicatesAsync(List<Item> stored, NearDuplicateBandMap? bandMap, DateTime now, CancellationToken ct)
    {
        Dictionary<Item, IReadOnlyList<string>> candidatesOf;
        if (bandMap is null)
        {
            candidatesOf = stored.ToDictionary(i => i, i => NearDuplicateCandidates.Find(index, i.Bands!, i.Stored!.PublicId));
        }
        else
        {
            // The batch's own texts first, as the committed index would hold them: two copies in one batch find each other.
            foreach (var i in stored.Where(i => i.Stored!.Status == DocumentStatus.Published)) bandMap.Add(i.Stored!.PublicId, i.Bands!);
            candidatesOf = stored.ToDictionary(i => i, i => bandMap.Find(i.Bands!, i.Stored!.PublicId));
        }
        // Every candidate's text is loaded in one query and shingled once, in parallel, however many new texts it resembles.
        var shinglesOf = new System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var i in stored) shinglesOf[i.Stored!.PublicId] = i.Shingles!;
        // Texts of this batch are in memory already: only the others' bodies are read back.
        var wanted = candidatesOf.Values.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        var fromStore = wanted.Where(id => !shinglesOf.ContainsKey(id)).ToList();
        var known = fromStore.Count == 0 ? [] : await db.Documents.AsNoTracking().Where(o => fromStore.Contains(o.PublicId))
            .Select(o => new { o.Id, o.PublicId, o.Body }).ToListAsync(ct);
        Parallel.ForEach(known, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, o => shinglesOf[o.PublicId] = Shingles.Of(o.Body));
        var byPublicId = known.Select(o => (o.Id, o.PublicId))
            .Concat(stored.Select(i => (i.Stored!.Id, i.Stored!.PublicId)))
            .Where(o => wanted.Contains(o.PublicId))
            .ToDictionary(o => o.PublicId, StringComparer.Ordinal);

        // Pairs already flagged, in either order, from one query: a pair is flagged once. Documents this batch created have none.
        var updatedIds = stored.Where(i => i.Existing is not null && candidatesOf[i].Count > 0).Select(i => i.Stored!.Id).ToList();
        var pairs = updatedIds.Count == 0 ? [] : (await db.DuplicateFlags.Where(f => updatedIds.Contains(f.DocumentId) || updatedIds.Contains(f.OtherDocumentId))
                .Select(f => new { f.DocumentId, f.OtherDocumentId }).ToListAsync(ct))
            .Select(f => (Math.Min(f.DocumentId, f.OtherDocumentId), Math.Max(f.DocumentId, f.OtherDocumentId))).ToHashSet();
        var flagged = false;
        foreach (var item in stored)
        {
            var d = item.Stored!;
            var shingles = item.Shingles!;
            var candidates = candidatesOf[item];
            if (candidates.Count == 0) continue;
            var others = candidates.Where(byPublicId.ContainsKey).Select(c => byPublicId[c]).OrderBy(o => o.Id).ToList();
            var near = new List<string>();
            foreach (var o in others)
            {
                var similarity = Shingles.Jaccard(shingles, shinglesOf[o.PublicId]);
                if (similarity < NearDuplicateFinder.Threshold) continue;
                near.Add(o.PublicId);
                var pair = (Math.Min(d.Id, o.Id), Math.Max(d.Id, o.Id));
                if (!pairs.Add(pair)) continue;
                flagged = true;
                db.DuplicateFlags.Add(new DuplicateFlag { DocumentId = d.Id, OtherDocumentId = o.Id, Similarity = similarity, CreatedAt = now });
                logger.LogWarning("Ingestion flagged {PublicId} as a possible near-duplicate of {Other} (resemblance {Similarity:P0})", d.PublicId, o.PublicId, similarity);
            }
            if (near.Count > 0) item.Result = item.Result! with { NearDuplicatesOf = near };
        }
        if (flagged) await db.SaveChangesAsync(ct);
    }

    /// <summary>Creates the typed relations a curation file names between sources that are now stored.
    /// <paramref name="originOf"/> maps a curated file name to the origin it was ingested under.</summary>
    public async Task<int> LinkCuratedRelationsAsync(IReadOnlyDictionary<string, CurationEntry> entries, Func<string, string> originOf, CancellationToken ct = default)
    {
        var wanted = new List<(string From, string To, RelationType Type, string? Note)>();
        foreach (var (file, entry) in entries)
        {
            foreach (var r in entry.Relations ?? [])
            {
                if (CurationFile.TryParseRelationType(r.Type, out var type)) wanted.Add((originOf(file), originOf(r.Target), type, r.Note));
            }
            if (entry.TranslationOf is { } original && entries.ContainsKey(original))
                wanted.Add((originOf(file), originOf(original), RelationType.TranslationOf, null));
        }
        if (wanted.Count == 0) return 0;

        var origins = wanted.SelectMany(w => new[] { w.From, w.To }).Distinct().ToList();
        var ids = await db.Documents.Where(d => d.Origin != null && origins.Contains(d.Origin))
            .Select(d => new { Origin = d.Origin!, d.Id }).ToDictionaryAsync(d => d.Origin, d => d.Id, ct);
        var idList = ids.Values.ToList();
        var existing = (await db.Relations.Where(r => idList.Contains(r.FromDocumentId))
            .Select(r => new { r.FromDocumentId, r.ToDocumentId, r.Type }).ToListAsync(ct))
            .Select(r => (r.FromDocumentId, r.ToDocumentId, r.Type)).ToHashSet();
        var added = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (from, to, type, note) in wanted)
        {
            if (!ids.TryGetValue(from, out var fromId) || !ids.TryGetValue(to, out var toId))
            {
                logger.LogWarning("Curated relation {Type} from {From} to {To} skipped: one of them is not in the archive", type, from, to);
                continue;
            }
            if (!existing.Add((fromId, toId, type))) continue;
            db.Relations.Add(new Relation { FromDocumentId = fromId, ToDocumentId = toId, Type = type, Note = note, CreatedAt = now });
            added++;
        }
        if (added > 0) ChangeLog.Record(db, ChangeKinds.RelationCurated, subject: $"{added} curated relations");
        await db.SaveChangesAsync(ct);
        return added;
    }

    private List<Tag> TagsFor(IReadOnlyList<string> names, TagSet known)
    {
        var tags = new List<Tag>();
        foreach (var tag in TagSet.Names(names).Select(known.For).Distinct())
        {
            if (tag.Id == 0 && db.Entry(tag).State == EntityState.Detached) db.Tags.Add(tag);
            tags.Add(tag);
        }
        return tags;
    }

    private IngestResult Reject(string name, string reason)
    {
        logger.LogWarning("Ingestion rejected {File}: {Reason}", name, reason);
        return IngestResult.Rejected(name, reason);
    }

    private IngestResult Unchanged(string name, string publicId, string why)
    {
        logger.LogInformation("Ingestion skipped {File}: {Why} ({PublicId})", name, why, publicId);
        return new IngestResult(IngestOutcome.Unchanged, name, publicId, why);
    }

    /// <summary>One source on its way through a batch.</summary>
    private sealed class Item(SourceInput input)
    {
        public SourceInput Input { get; } = input;
        public string Name => Input.FileName ?? Input.Origin ?? "pasted text";
        public string Sha { get; set; } = "";
        public Document? Existing { get; set; }
        public CuratedSource? Curated { get; set; }
        public IngestResult? Result { get; set; }
        public Document? Stored { get; set; }
        public HashSet<long>? Shingles { get; set; }
        public IReadOnlyList<string>? Bands { get; set; }

        /// <summary>Set when an editor revised the stored document since its last ingestion: the change is recorded, not applied.</summary>
        public (int Id, string PublicId)? EditedDocument { get; set; }

        public string? SourceKey { get; set; }
    }
}
