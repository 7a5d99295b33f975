using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Copies an extracted source onto a document: body, metadata, passages, removals, and where each value came from.</summary>
public static class DocumentFactory
{
    public static void Apply(Document d, ExtractedSource s, IReadOnlyList<Tag> tags)
    {
        d.Title = s.Title;
        d.Body = s.Body;
        d.Language = s.Language;
        d.Publication = s.Publication;
        d.PublishedDate = s.PublishedDate;
        d.SourceUrl = s.SourceUrl;
        d.Slug = Slugs.From(s.Title);

        d.Authors.Clear();
        d.Authors.AddRange(s.Authors.Select((name, i) => new DocumentAuthor { Position = i, Name = name }));
        d.Tags.Clear();
        d.Tags.AddRange(tags.Select(t => new DocumentTag { Tag = t, Document = d }));
        d.Passages.Clear();
        d.Passages.AddRange(s.Passages.Select((p, i) => new Passage { Ordinal = i, Start = p.Start, Length = p.Length, Language = p.Language }));
        d.Removals.Clear();
        d.Removals.AddRange(s.Removals.Select((r, i) => new IngestionRemoval { Ordinal = i, Reason = r.Reason, Text = r.Text }));

        d.Provenance.RemoveAll(p => p.Source == FieldSource.Extracted);
        Record(d, DocumentFields.Title, s.Title);
        Record(d, DocumentFields.Authors, s.Authors.Count == 0 ? null : string.Join("; ", s.Authors));
        Record(d, DocumentFields.Publication, s.Publication);
        Record(d, DocumentFields.PublishedDate, s.PublishedDate.ToIso());
        Record(d, DocumentFields.SourceUrl, s.SourceUrl);
        Record(d, DocumentFields.Language, s.Language);
    }

    private static void Record(Document d, string field, string? value)
    {
        if (value is not null)
            d.Provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Extracted, Value = value });
    }
}
