using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Translations;

/// <summary>One text of a side-by-side view, cut into the paragraphs that are aligned.</summary>
public sealed record AlignedText(string PublicId, string Slug, string Title, string Language, int Revision, IReadOnlyList<string> Paragraphs);

/// <summary>A translation facing its original, row by row. <see cref="Corrected"/>: the rows are an editor's;
/// <see cref="CorrectionOutdated"/>: an editor's correction exists but no longer fits the texts, so the rows are automatic.</summary>
public sealed record SideBySide(AlignedText Original, AlignedText Translation, IReadOnlyList<AlignedRow> Rows, bool Corrected, bool CorrectionOutdated,
    string? CorrectedBy, DateTime? CorrectedAt);

/// <summary>Pairs of documents linked by "translation of", both published, and their aligned paragraphs.</summary>
public sealed class SideBySideQuery(ArchiveDbContext db)
{
    /// <summary>The translation pair a document belongs to: with <paramref name="otherPublicId"/> when given, else its first one.</summary>
    public async Task<SideBySide?> ForAsync(string publicId, string? otherPublicId, CancellationToken ct = default)
    {
        var pairs = await PairsAsync([publicId], ct);
        if (!pairs.TryGetValue(publicId, out var others)) return null;
        var pair = otherPublicId is null ? others[0] : others.FirstOrDefault(p => p.Other == otherPublicId);
        if (pair is null) return null;
        var docs = await db.Documents.AsNoTracking().Where(d => d.Id == pair.TranslationId || d.Id == pair.OriginalId)
            .Select(d => new { d.Id, d.PublicId, d.Slug, d.Title, d.Language, d.RevisionNumber, d.Body }).ToListAsync(ct);
        if (docs.Count != 2) return null;
        var original = docs.Single(d => d.Id == pair.OriginalId);
        var translation = docs.Single(d => d.Id == pair.TranslationId);
        var left = new AlignedText(original.PublicId, original.Slug, original.Title, original.Language, original.RevisionNumber, AlignmentParagraphs.Of(original.Body));
        var right = new AlignedText(translation.PublicId, translation.Slug, translation.Title, translation.Language, translation.RevisionNumber, AlignmentParagraphs.Of(translation.Body));

        var correction = await db.TranslationAlignments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TranslationDocumentId == pair.TranslationId && a.OriginalDocumentId == pair.OriginalId, ct);
        if (correction is not null)
        {
            var (rows, problems) = AlignmentText.Read(correction.Rows, left.Paragraphs.Count, right.Paragraphs.Count);
            if (problems.Count == 0) return new SideBySide(left, right, rows, true, false, correction.UpdatedBy, correction.UpdatedAt);
        }
        var automatic = ParagraphAligner.Align(left.Paragraphs.Select(p => p.Length).ToList(), right.Paragraphs.Select(p => p.Length).ToList());
        return new SideBySide(left, right, automatic, false, correction is not null, correction?.UpdatedBy, correction?.UpdatedAt);
    }

    /// <summary>For each given document that has a published translation or original: the other documents, translations
    /// and originals alike. One query, for a page of search hits.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TranslationPair>>> PairsAsync(IReadOnlyCollection<string> publicIds, CancellationToken ct = default)
    {
        if (publicIds.Count == 0) return new Dictionary<string, IReadOnlyList<TranslationPair>>();
        var relations = await db.Relations.AsNoTracking()
            .Where(r => r.Type == RelationType.TranslationOf && r.From.Status == DocumentStatus.Published && r.To.Status == DocumentStatus.Published
                && (publicIds.Contains(r.From.PublicId) || publicIds.Contains(r.To.PublicId)))
            .OrderBy(r => r.Id)
            .Select(r => new { TranslationId = r.FromDocumentId, OriginalId = r.ToDocumentId, Translation = r.From.PublicId, Original = r.To.PublicId })
            .ToListAsync(ct);
        var result = new Dictionary<string, List<TranslationPair>>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            if (publicIds.Contains(r.Translation)) Add(r.Translation, new TranslationPair(r.TranslationId, r.OriginalId, r.Original, OtherIsOriginal: true));
            if (publicIds.Contains(r.Original)) Add(r.Original, new TranslationPair(r.TranslationId, r.OriginalId, r.Translation, OtherIsOriginal: false));
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TranslationPair>)kv.Value, StringComparer.Ordinal);

        void Add(string key, TranslationPair pair)
        {
            if (!result.TryGetValue(key, out var list)) result[key] = list = [];
            list.Add(pair);
        }
    }

    /// <summary>Saves an editor's rows for a pair (replacing an earlier correction), or removes the correction when <paramref name="rows"/> is null.</summary>
    public async Task SaveCorrectionAsync(int translationId, int originalId, string? rows, string editor, DateTime now, CancellationToken ct = default)
    {
        var existing = await db.TranslationAlignments.SingleOrDefaultAsync(a => a.TranslationDocumentId == translationId && a.OriginalDocumentId == originalId, ct);
        if (rows is null)
        {
            if (existing is not null) db.TranslationAlignments.Remove(existing);
        }
        else
        {
            if (existing is null) db.TranslationAlignments.Add(existing = new TranslationAlignment { TranslationDocumentId = translationId, OriginalDocumentId = originalId });
            existing.Rows = rows;
            existing.UpdatedAt = now;
            existing.UpdatedBy = editor;
        }
        var publicId = await db.Documents.Where(d => d.Id == translationId).Select(d => d.PublicId).SingleAsync(ct);
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = editor, Action = rows is null ? "alignment.reset" : "alignment.correct", DocumentPublicId = publicId, Details = rows is null ? "automatic alignment restored" : "paragraph alignment corrected" });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A translation relation seen from one of its two documents: <see cref="Other"/> is the other document's id.</summary>
public sealed record TranslationPair(int TranslationId, int OriginalId, string Other, bool OtherIsOriginal);
