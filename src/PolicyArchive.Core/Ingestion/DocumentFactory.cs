using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Copies a curated source onto a document: body, metadata, passages, removals, and where each value came from.</summary>
public static class DocumentFactory
{
    public static void Apply(Document d, CuratedSource curated, IReadOnlyList<Tag> tags)
    {
        var s = curated.Source;
        d.Title = s.Title;
        d.OriginalTitle = s.OriginalTitle;
        d.Body = s.Body;
        d.Language = s.Language;
        d.Publication = s.Publication;
        d.PublishedDate = s.PublishedDate;
        d.SourceUrl = s.SourceUrl;
        d.Notes = curated.Notes;
        d.Slug = Slugs.From(s.Title);

        d.Authors.Clear();
        d.Authors.AddRange(s.Authors.Select((name, i) => new DocumentAuthor { Position = i, Name = name }));
        d.Tags.Clear();
        d.Tags.AddRange(tags.Select(t => new DocumentTag { Tag = t, Document = d }));
        d.Passages.Clear();
        d.Passages.AddRange(s.Passages.Select((p, i) => new Passage { Ordinal = i, Start = p.Start, Length = p.Length, Language = p.Language }));
        d.Removals.Clear();
        d.Removals.AddRange(s.Removals.Select((r, i) => new IngestionRemoval { Ordinal = i, Reason = r.Reason, Text = r.Text }));

        // Values an editor entered by hand stay; what extraction and curation say is replaced by this run's.
        d.Provenance.RemoveAll(p => p.Source != FieldSource.Entered);
        d.Provenance.AddRange(curated.Provenance);
    }

    /// <summary>True when the curation entry would set exactly the curated values and notes a document already records.</summary>
    public static bool SameCuration(IEnumerable<(string Field, string? Value)> storedCuratedRows, string? storedNotes, CurationEntry entry) =>
        storedCuratedRows.ToHashSet().SetEquals(CurationMerger.CuratedRows(entry).Select(p => (p.Field, p.Value)))
        && storedNotes == entry.Notes;
}
