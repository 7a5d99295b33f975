using PolicyArchive.Core.Citations;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Citations;

internal static class CitationSamples
{
    /// <summary>A document with the awkward parts a real one has: accents, TeX specials, braces, a CJK title, two authors.</summary>
    public static Document Document()
    {
        var d = new Document
        {
            PublicId = "abcd2345",
            Slug = "les-controles",
            Title = "Les contrôles à l'exportation {puces} & 100% H800_x #1",
            OriginalTitle = "出口管制与芯片",
            Language = "fr",
            Publication = "Le Grand Continent",
            PublishedDate = new PartialDate(2025, 1, 29),
            SourceUrl = "https://example.org/article?id=1&x={y}",
            RetrievedAt = new DateTime(2025, 2, 1, 10, 0, 0, DateTimeKind.Utc),
            ContentSha256 = new string('a', 64),
            RevisionNumber = 3,
            UpdatedAt = new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc),
        };
        d.Authors.Add(new DocumentAuthor { Position = 0, Name = "Dario Amodei" });
        d.Authors.Add(new DocumentAuthor { Position = 1, Name = "Anthropic, PBC" });
        d.Tags.Add(new DocumentTag { Tag = new Tag { Name = "export controls", Slug = "export-controls" } });
        d.Tags.Add(new DocumentTag { Tag = new Tag { Name = "chips", Slug = "chips" } });
        return d;
    }

    public static readonly Uri Permalink = new("https://archive.example/d/abcd2345/les-controles");

    public static CitationRecord Record() => CitationRecord.FromDocument(Document(), Permalink);
}
