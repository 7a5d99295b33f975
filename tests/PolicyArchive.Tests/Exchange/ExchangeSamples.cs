using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Exchange;

internal static class ExchangeSamples
{
    private static readonly DateTime T0 = new(2025, 1, 29, 8, 30, 15, DateTimeKind.Utc);

    /// <summary>Fills a store with every kind of thing the archive keeps: two revisions, provenance of each source,
    /// removals, passages in two languages, a withdrawn document, a relation, a collection and a tombstone.</summary>
    public static async Task FillAsync(ArchiveDbContext db)
    {
        var tag = new Tag { Name = "export controls", Slug = "export-controls", Labels = [new TagLabel { Language = "fr", Label = "contrôles à l'exportation" }] };
        var essay = new Document
        {
            PublicId = "essay234", Slug = "on-deepseek", Title = "On DeepSeek and Export Controls", Body = "First para.\n\nSecond para.",
            Language = "en", Publication = "darioamodei.com", PublishedDate = new PartialDate(2025, 1, null),
            SourceUrl = "https://darioamodei.com/on-deepseek-and-export-controls", RetrievedAt = T0.AddDays(1), Origin = "seeds/001.txt",
            ContentSha256 = new string('b', 64), Notes = "curated", IngestedAt = T0, UpdatedAt = T0.AddHours(2), RevisionNumber = 2, ConcurrencyVersion = 5,
        };
        essay.Authors.Add(new DocumentAuthor { Position = 0, Name = "Dario Amodei", Role = "author" });
        essay.Tags.Add(new DocumentTag { Tag = tag, Document = essay });
        essay.Passages.Add(new Passage { Ordinal = 0, Start = 0, Length = 12, Language = "en" });
        essay.Provenance.Add(new FieldProvenance { Field = DocumentFields.Title, Source = FieldSource.Extracted, Value = "On DeepSeek" });
        essay.Provenance.Add(new FieldProvenance { Field = DocumentFields.Title, Source = FieldSource.Curated, Value = "On DeepSeek and Export Controls" });
        essay.Removals.Add(new IngestionRemoval { Ordinal = 0, Reason = "share buttons", Text = "Partager sur X" });
        essay.Revisions.Add(new Revision { Number = 1, CreatedAt = T0, CreatedBy = "ingestion", Note = "ingested", Title = "On DeepSeek", Body = "First para.", ContentSha256 = new string('c', 64), MetadataJson = "{\"Language\":\"en\"}" });
        essay.Revisions.Add(new Revision { Number = 2, CreatedAt = T0.AddHours(2), CreatedBy = "ed@example.org", Note = "title fixed", Title = essay.Title, Body = essay.Body, ContentSha256 = new string('d', 64), MetadataJson = "{}", ChangeSummary = "title, body" });

        var translation = new Document
        {
            PublicId = "trans256", Slug = "sur-deepseek", Title = "Sur DeepSeek et les contrôles à l'exportation", OriginalTitle = "On DeepSeek and Export Controls",
            Body = "Texte français. 中文句子。", Language = "fr", PublishedDate = new PartialDate(null, 8, 28), ContentSha256 = new string('e', 64),
            IngestedAt = T0.AddDays(2), UpdatedAt = T0.AddDays(2), RevisionNumber = 1, ConcurrencyVersion = 1,
        };
        translation.Authors.Add(new DocumentAuthor { Position = 0, Name = "Dario Amodei", Role = "author" });
        translation.Authors.Add(new DocumentAuthor { Position = 1, Name = "Jean Traducteur", Role = "translator" });
        translation.Tags.Add(new DocumentTag { Tag = tag, Document = translation });
        translation.Passages.Add(new Passage { Ordinal = 0, Start = 0, Length = 16, Language = "fr" });
        translation.Passages.Add(new Passage { Ordinal = 1, Start = 16, Length = 5, Language = "zh" });
        translation.Revisions.Add(new Revision { Number = 1, CreatedAt = T0.AddDays(2), CreatedBy = "import", Title = translation.Title, Body = translation.Body, ContentSha256 = new string('f', 64) });

        var withdrawn = new Document
        {
            PublicId = "wdrawn78", Slug = "withdrawn", Title = "Withdrawn piece", Body = "Gone.", Language = "fr", ContentSha256 = new string('0', 64),
            Status = DocumentStatus.Withdrawn, WithdrawalReason = "Published without permission", WithdrawnAt = T0.AddDays(3),
            IngestedAt = T0.AddDays(1), UpdatedAt = T0.AddDays(3), RevisionNumber = 1, ConcurrencyVersion = 2,
        };
        withdrawn.Revisions.Add(new Revision { Number = 1, CreatedAt = T0.AddDays(1), CreatedBy = "ed@example.org", Title = withdrawn.Title, Body = withdrawn.Body, ContentSha256 = new string('1', 64) });

        db.Documents.AddRange(essay, translation, withdrawn);
        await db.SaveChangesAsync();
        db.Relations.Add(new Relation { FromDocumentId = translation.Id, ToDocumentId = essay.Id, Type = RelationType.TranslationOf, Note = "with commentary", CreatedAt = T0.AddDays(2) });
        db.Collections.Add(new Collection
        {
            Slug = "export-controls-debate", Title = "The export-controls debate", Introduction = "*Why* it matters.", CreatedAt = T0, UpdatedAt = T0.AddDays(4),
            Items = [new CollectionItem { DocumentId = essay.Id, Position = 0 }, new CollectionItem { DocumentId = translation.Id, Position = 1 }],
        });
        db.Tombstones.Add(new Tombstone { PublicId = "tmb9abcd", Title = "Deleted", Reason = "Legal request", DeletedAt = T0.AddDays(5), DeletedBy = "admin@example.org" });
        db.SavedSearches.Add(new SavedSearch { Name = "Puces en 2025", Query = "?q=puces&year=2025", CreatedBy = "editor@example.org", CreatedAt = T0.AddDays(6) });
        await db.SaveChangesAsync();
    }
}
