using Lucene.Net.Documents;
using Lucene.Net.Util;
using PolicyArchive.Core.Documents;
using Document = PolicyArchive.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PolicyArchive.Core.Search;

/// <summary>Maps a stored document to its Lucene form. Facet values go to doc values so counting needs no stored fields.</summary>
public static class DocumentMapper
{
    public static LuceneDocument ToLucene(Document d)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexFields.Id, d.PublicId, Field.Store.YES),
            new StoredField(IndexFields.Slug, d.Slug),
            new TextField(IndexFields.Title, d.Title, Field.Store.YES),
            new TextField(IndexFields.Body, d.Body, Field.Store.YES),
            new StringField(IndexFields.Language, d.Language, Field.Store.YES),
            new SortedSetDocValuesField(IndexFields.Language, new BytesRef(d.Language)),
            new NumericDocValuesField(IndexFields.DateSort, SortableDate(d.PublishedDate, d.IngestedAt)),
            new NumericDocValuesField(IndexFields.UpdatedTicks, d.UpdatedAt.Ticks),
        };
        if (!string.IsNullOrEmpty(d.Publication))
        {
            doc.Add(new StringField(IndexFields.Publication, d.Publication, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Publication, new BytesRef(d.Publication)));
        }
        foreach (var a in d.Authors)
        {
            doc.Add(new StringField(IndexFields.Author, a.Name, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Author, new BytesRef(a.Name)));
        }
        foreach (var t in d.Tags)
        {
            doc.Add(new StringField(IndexFields.Tag, t.Tag.Slug, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Tag, new BytesRef(t.Tag.Slug)));
        }
        if (d.PublishedYear is { } year)
        {
            var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            doc.Add(new StringField(IndexFields.Year, y, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(IndexFields.Year, new BytesRef(y)));
        }
        return doc;
    }

    /// <summary>Documents without a year sort by when they were ingested, so "newest" stays meaningful.</summary>
    public static long SortableDate(PartialDate date, DateTime ingestedAt) => date.Year is { } y
        ? (y * 10000L) + ((date.Month ?? 0) * 100L) + (date.Day ?? 0)
        : (ingestedAt.Year * 10000L) + (ingestedAt.Month * 100L) + ingestedAt.Day;
}
