using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Exchange;

/// <summary>Maps stored entities to exchange records and back, field by field.</summary>
internal static class RecordMapper
{
    public static DocumentRecord ToRecord(Document d, IReadOnlyDictionary<int, string> publicIds, IEnumerable<Relation> outgoing) => new()
    {
        PublicId = d.PublicId,
        Slug = d.Slug,
        Title = d.Title,
        OriginalTitle = d.OriginalTitle,
        Body = d.Body,
        Language = d.Language,
        Publication = d.Publication,
        PublishedYear = d.PublishedYear,
        PublishedMonth = d.PublishedMonth,
        PublishedDay = d.PublishedDay,
        SourceUrl = d.SourceUrl,
        RetrievedAt = ExchangeJson.Utc(d.RetrievedAt),
        Origin = d.Origin,
        ContentSha256 = d.ContentSha256,
        Notes = d.Notes,
        Status = d.Status.ToString(),
        WithdrawalReason = d.WithdrawalReason,
        WithdrawnAt = ExchangeJson.Utc(d.WithdrawnAt),
        IngestedAt = ExchangeJson.Utc(d.IngestedAt),
        UpdatedAt = ExchangeJson.Utc(d.UpdatedAt),
        RevisionNumber = d.RevisionNumber,
        ConcurrencyVersion = d.ConcurrencyVersion,
        IngestedRevision = d.IngestedRevision,
        Authors = d.Authors.OrderBy(a => a.Position).Select(a => new AuthorRecord(a.Position, a.Name, a.Role)).ToList(),
        Tags = d.Tags.Select(t => new TagRecord(t.Tag.Name, t.Tag.Slug)
        {
            Labels = t.Tag.Labels.Count == 0 ? null : t.Tag.Labels.OrderBy(l => l.Language, StringComparer.Ordinal).ToDictionary(l => l.Language, l => l.Label, StringComparer.Ordinal),
        }).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList(),
        Passages = d.Passages.OrderBy(p => p.Ordinal).Select(p => new PassageRecord(p.Ordinal, p.Start, p.Length, p.Language)).ToList(),
        Provenance = FieldProvenance.InOrder(d.Provenance)
            .Select(p => new ProvenanceRecord(p.Field, p.Source.ToString(), p.Value)).ToList(),
        Removals = d.Removals.OrderBy(r => r.Ordinal).Select(r => new RemovalRecord(r.Ordinal, r.Reason, r.Text)).ToList(),
        Revisions = RevisionBodies.Of(d).OrderBy(x => x.Revision.Number).Select(x => new RevisionRecord(
            x.Revision.Number, ExchangeJson.Utc(x.Revision.CreatedAt), x.Revision.CreatedBy, x.Revision.Note, x.Revision.Title, x.Body,
            x.Revision.ContentSha256, x.Revision.MetadataJson, x.Revision.ChangeSummary)).ToList(),
        Relations = outgoing.OrderBy(r => r.Type).ThenBy(r => publicIds[r.ToDocumentId], StringComparer.Ordinal)
            .Select(r => new RelationRecord(r.Type.ToString(), publicIds[r.ToDocumentId], r.Note, ExchangeJson.Utc(r.CreatedAt))).ToList(),
    };

    public static Document ToEntity(DocumentRecord r, Func<TagRecord, Tag> tag) => new()
    {
        PublicId = r.PublicId,
        Slug = r.Slug,
        Title = r.Title,
        OriginalTitle = r.OriginalTitle,
        Body = r.Body,
        Language = r.Language,
        Publication = r.Publication,
        PublishedYear = r.PublishedYear,
        PublishedMonth = r.PublishedMonth,
        PublishedDay = r.PublishedDay,
        SourceUrl = r.SourceUrl,
        RetrievedAt = r.RetrievedAt,
        Origin = r.Origin,
        ContentSha256 = r.ContentSha256,
        Notes = r.Notes,
        Status = Enum.Parse<DocumentStatus>(r.Status),
        WithdrawalReason = r.WithdrawalReason,
        WithdrawnAt = r.WithdrawnAt,
        IngestedAt = r.IngestedAt,
        UpdatedAt = r.UpdatedAt,
        RevisionNumber = r.RevisionNumber,
        ConcurrencyVersion = r.ConcurrencyVersion,
        IngestedRevision = r.IngestedRevision,
        Authors = r.Authors.Select(a => new DocumentAuthor { Position = a.Position, Name = a.Name, Role = a.Role }).ToList(),
        Tags = r.Tags.Select(t => new DocumentTag { Tag = tag(t) }).ToList(),
        Passages = r.Passages.Select(p => new Passage { Ordinal = p.Ordinal, Start = p.Start, Length = p.Length, Language = p.Language }).ToList(),
        Provenance = r.Provenance.Select(p => new FieldProvenance { Field = p.Field, Source = Enum.Parse<FieldSource>(p.Source), Value = p.Value }).ToList(),
        Removals = r.Removals.Select(x => new IngestionRemoval { Ordinal = x.Ordinal, Reason = x.Reason, Text = x.Text }).ToList(),
        Revisions = r.Revisions.Select(x => new Revision
        {
            Number = x.Number, CreatedAt = x.CreatedAt, CreatedBy = x.CreatedBy, Note = x.Note, Title = x.Title, Body = x.Body,
            ContentSha256 = x.ContentSha256, MetadataJson = x.MetadataJson, ChangeSummary = x.ChangeSummary,
        }).ToList(),
    };
}
