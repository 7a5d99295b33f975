using System.Globalization;
using System.Text;

using Lucene.Net.Documents;
using Lucene.Net.Util;

using PolicyArchive.Core.Documents;

using Document = PolicyArchive.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PolicyArchive.Core.Search.Indexing;

/// <summary>Turns an archive document into its Lucene document: each passage's text into its language's field, the whole
/// text into the exact and folding fields, metadata into facet doc values and filter fields.</summary>
public static class LuceneDocumentBuilder
{
    public static LuceneDocument Build(Document source)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexFields.PublicId, source.PublicId, Field.Store.YES),
            new StoredField(IndexFields.Slug, source.Slug),
            new StoredField(IndexFields.Title, source.Title),
            new StoredField(IndexFields.Language, source.Language),
            new StoredField(IndexFields.Body, source.Body),
        };

        AddTitle(doc, source);
        var passages = PassageSpans.Of(source);
        doc.Add(new StoredField(IndexFields.Passages, PassageSpans.Encode(passages)));
        foreach (var passage in passages)
        {
            var text = source.Body.Substring(passage.Start, passage.Length);
            doc.Add(new TextField(IndexFields.BodyPrefix + IndexFields.SuffixFor(passage.Language), text, Field.Store.NO));
        }
        doc.Add(new TextField(IndexFields.BodyPrefix + IndexFields.Exact, source.Body, Field.Store.NO));
        doc.Add(new TextField(IndexFields.BodyPrefix + IndexFields.Fold, source.Body, Field.Store.NO));

        var languages = passages.Select(p => Primary(p.Language)).Prepend(Primary(source.Language)).Distinct(StringComparer.Ordinal);
        foreach (var language in languages) AddFacet(doc, IndexFields.LangFacet, language);

        if (!string.IsNullOrWhiteSpace(source.Publication))
        {
            AddFacet(doc, IndexFields.PublicationFacet, source.Publication.Trim());
            doc.Add(new TextField(IndexFields.PublicationText, source.Publication, Field.Store.NO));
        }
        foreach (var author in source.Authors.Select(a => a.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, IndexFields.AuthorFacet, author);
            doc.Add(new TextField(IndexFields.AuthorText, author, Field.Store.NO));
        }
        foreach (var tag in source.Tags.Select(t => t.Tag?.Name?.Trim() ?? "").Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, IndexFields.TagFacet, tag);
            doc.Add(new TextField(IndexFields.TagText, tag, Field.Store.NO));
            var slug = source.Tags.First(t => t.Tag?.Name?.Trim() == tag).Tag.Slug;
            if (!string.IsNullOrWhiteSpace(slug)) doc.Add(new StringField(IndexFields.TagText, slug, Field.Store.NO));
        }

        AddDates(doc, source.PublishedDate);
        return doc;
    }

    private static void AddTitle(LuceneDocument doc, Document source)
    {
        var suffixes = new[] { IndexFields.SuffixFor(source.Language), IndexFields.Exact, IndexFields.Fold }.Distinct(StringComparer.Ordinal);
        foreach (var suffix in suffixes) doc.Add(new TextField(IndexFields.TitlePrefix + suffix, source.Title, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(source.OriginalTitle))
        {
            doc.Add(new TextField(IndexFields.TitlePrefix + IndexFields.Fold, source.OriginalTitle, Field.Store.NO));
            doc.Add(new TextField(IndexFields.TitlePrefix + IndexFields.Cjk, source.OriginalTitle, Field.Store.NO));
        }
    }

    private static void AddFacet(LuceneDocument doc, string field, string value)
    {
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void AddDates(LuceneDocument doc, PartialDate date)
    {
        var (start, end) = DateRange(date);
        doc.Add(new Int32Field(IndexFields.DateStart, start, Field.Store.NO));
        doc.Add(new Int32Field(IndexFields.DateEnd, end, Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.SortDate, start));
        // Undated documents come last in both orders.
        doc.Add(new NumericDocValuesField(IndexFields.SortDateOldestFirst, start == 0 ? int.MaxValue : start));
        if (date.Year is { } year) AddFacet(doc, IndexFields.YearFacet, year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The first and last yyyymmdd a partial date can stand for; (0, 0) when the year is unknown.</summary>
    public static (int Start, int End) DateRange(PartialDate date)
    {
        if (date.Year is not { } year) return (0, 0);
        var firstMonth = date.Month ?? 1;
        var lastMonth = date.Month ?? 12;
        var firstDay = date.Month is null ? 1 : date.Day ?? 1;
        var lastDay = date.Day ?? DateTime.DaysInMonth(year, lastMonth);
        return (year * 10000 + firstMonth * 100 + firstDay, year * 10000 + lastMonth * 100 + lastDay);
    }

    private static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();
}

/// <summary>A span of the body in one language. Documents without passages are one span in the document's language;
/// the gaps between an ingestion's passages are filled with the document's language so no text is left unindexed.</summary>
public readonly record struct PassageSpan(int Start, int Length, string Language);

public static class PassageSpans
{
    public static IReadOnlyList<PassageSpan> Of(Document source)
    {
        var body = source.Body;
        var spans = new List<PassageSpan>();
        var cursor = 0;
        foreach (var p in source.Passages.OrderBy(p => p.Start))
        {
            var start = Math.Clamp(p.Start, 0, body.Length);
            var end = Math.Clamp(p.Start + p.Length, start, body.Length);
            if (start < cursor) start = cursor;
            if (start > cursor) spans.Add(new PassageSpan(cursor, start - cursor, source.Language));
            if (end > start) spans.Add(new PassageSpan(start, end - start, p.Language));
            cursor = Math.Max(cursor, end);
        }
        if (cursor < body.Length) spans.Add(new PassageSpan(cursor, body.Length - cursor, source.Language));
        return spans;
    }

    public static string Encode(IEnumerable<PassageSpan> spans)
    {
        var sb = new StringBuilder();
        foreach (var s in spans)
        {
            if (sb.Length > 0) sb.Append(';');
            sb.Append(CultureInfo.InvariantCulture, $"{s.Start}:{s.Length}:{s.Language}");
        }
        return sb.ToString();
    }

    public static IReadOnlyList<PassageSpan> Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return [];
        var spans = new List<PassageSpan>();
        foreach (var part in encoded.Split(';'))
        {
            var bits = part.Split(':', 3);
            if (bits.Length == 3
                && int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                spans.Add(new PassageSpan(start, length, bits[2]));
            }
        }
        return spans;
    }
}
