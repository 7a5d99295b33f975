using System.Globalization;

using Lucene.Net.Documents;
using Lucene.Net.Util;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search.Coherence;
using PolicyArchive.Core.Search.Indexing;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.Snippets;

using Document = PolicyArchive.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PolicyArchive.Core.Search;

/// <summary>Maps a stored document to its Lucene form: each passage's text into its language's field, the whole text
/// into the folding field, metadata into facet doc values and filter fields, and what a hit shows as stored fields.
/// The body is not stored: snippets read it from the store, where it is kept once.</summary>
public static class DocumentMapper
{
    public static LuceneDocument ToLucene(Document source, IReadOnlyList<string>? nearDuplicateBands = null)
    {
        var doc = new LuceneDocument
        {
            new StringField(IndexFields.Id, source.PublicId, Field.Store.YES),
            new StoredField(IndexFields.Slug, source.Slug),
            new StoredField(IndexFields.Title, source.Title),
            new StoredField(IndexFields.BodyFingerprint, BodyFingerprint.Of(source.Body)),
            new NumericDocValuesField(IndexFields.UpdatedTicks, source.UpdatedAt.Ticks),
        };

        AddTitle(doc, source);
        var passages = PassageSpans.Of(source);
        doc.Add(new StoredField(IndexFields.Passages, PassageSpans.Encode(passages)));
        foreach (var (suffix, text) in BodyByLanguageField(source.Body, passages))
            doc.Add(new TextField(IndexFields.BodyPrefix + suffix, text, Field.Store.NO));
        doc.Add(new Field(IndexFields.BodyPrefix + IndexFields.Fold, source.Body, s_foldingBodyField));
        doc.Add(PivotField.For(source.Title, source.Body, source.Language, CrossLanguageLexicon.Shared));

        AddSoundKeys(doc, source);
        AddLanguages(doc, source, passages);

        if (!string.IsNullOrWhiteSpace(source.Publication))
        {
            AddFacet(doc, IndexFields.Publication, source.Publication.Trim());
            doc.Add(new TextField(IndexFields.PublicationText, source.Publication, Field.Store.NO));
        }
        foreach (var author in source.Authors.OrderBy(a => a.Position).Select(a => a.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            AddFacet(doc, IndexFields.Author, author);
            doc.Add(new TextField(IndexFields.AuthorText, author, Field.Store.NO));
        }
        foreach (var tag in source.Tags.Select(t => t.Tag).Where(t => t is not null && t.Name.Trim().Length > 0).DistinctBy(t => t.Name.Trim()))
        {
            AddFacet(doc, IndexFields.Tag, tag.Name.Trim());
            doc.Add(new StoredField(IndexFields.HitTags, tag.Name.Trim()));
            // Text only in the text field (a slug there as a bare term would strip the field's positions and break phrases).
            var names = tag.Labels.Select(l => l.Label).Prepend(tag.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var name in names) doc.Add(new TextField(IndexFields.TagText, name, Field.Store.NO));
            foreach (var slug in names.Select(Slugs.From).Append(tag.Slug).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal))
                doc.Add(new StringField(IndexFields.TagSlug, slug, Field.Store.NO));
        }
        AddHitFields(doc, source);

        AddDates(doc, source.PublishedDate);
        foreach (var band in nearDuplicateBands ?? MinHash.BandKeys(source.Body))
            doc.Add(new StringField(IndexFields.NearDuplicateBands, band, Field.Store.NO));
        return doc;
    }

    // Term vectors with offsets let snippets find the query's words in a hit without analysing its text again; the folding
    // field's are enough for every analyzer's terms (see TermVectorMatches).
    private static readonly FieldType s_foldingBodyField = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorOffsets = true,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>One text per language field: the body with every passage in another language blanked out, so each
    /// field's offsets are the body's own and a snippet can be cut from the stored body without mapping.</summary>
    public static IEnumerable<(string Suffix, string Text)> BodyByLanguageField(string body, IReadOnlyList<PassageSpan> passages)
    {
        var bySuffix = new Dictionary<string, List<PassageSpan>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            foreach (var suffix in LanguageSuffixes(passage.Language))
            {
                if (!bySuffix.TryGetValue(suffix, out var list)) bySuffix[suffix] = list = [];
                list.Add(passage);
            }
        }
        foreach (var (suffix, spans) in bySuffix)
        {
            if (spans.Sum(s => s.Length) == body.Length)
            {
                yield return (suffix, body);
                continue;
            }
            var text = new char[body.Length];
            Array.Fill(text, ' ');
            foreach (var span in spans) body.CopyTo(span.Start, text, span.Start, span.Length);
            yield return (suffix, new string(text));
        }
    }

    private static void AddTitle(LuceneDocument doc, Document source)
    {
        var suffixes = LanguageSuffixes(source.Language).Append(IndexFields.Fold).Distinct(StringComparer.Ordinal);
        foreach (var suffix in suffixes) doc.Add(new TextField(IndexFields.TitlePrefix + suffix, source.Title, Field.Store.NO));
        if (!string.IsNullOrWhiteSpace(source.OriginalTitle))
        {
            doc.Add(new TextField(IndexFields.TitlePrefix + IndexFields.Fold, source.OriginalTitle, Field.Store.NO));
            doc.Add(new TextField(IndexFields.TitlePrefix + IndexFields.Cjk, source.OriginalTitle, Field.Store.NO));
        }
    }

    /// <summary>The language fields for text in <paramref name="language"/>. Text whose language ingestion could not tell
    /// goes to both the French and English fields (most of the archive is one or the other), so stemming still applies.</summary>
    private static IEnumerable<string> LanguageSuffixes(string? language)
    {
        var primary = IndexFields.PrimaryLanguage(language);
        if (primary is "" or "und") return [IndexFields.Fr, IndexFields.En];
        var suffix = IndexFields.SuffixFor(primary);
        return suffix == IndexFields.Fold ? [] : [suffix];
    }

    // The keys of a text as one field of words split at spaces: a field instance per key cost as much again as indexing
    // everything else (20,000 generated texts: 27 s, then 50 s with a StringField per key).
    private static void AddSoundKeys(LuceneDocument doc, Document source)
    {
        // Each part read where it is: joining them first copied every body once more.
        string[] parts = [source.Title, source.OriginalTitle ?? "", source.Body];
        doc.Add(new Field(IndexFields.SoundOfKatakana, string.Join(' ', parts.SelectMany(SoundKey.KatakanaKeys).Distinct(StringComparer.Ordinal)), s_soundKeys));
        doc.Add(new Field(IndexFields.SoundOfLatin, string.Join(' ', parts.SelectMany(SoundKey.LatinKeys).Distinct(StringComparer.Ordinal)), s_soundKeys));
    }

    // Whether a text holds a key is all a search asks: no frequencies, positions or length norms.
    private static readonly FieldType s_soundKeys = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
    });

    private static void AddLanguages(LuceneDocument doc, Document source, IReadOnlyList<PassageSpan> passages)
    {
        var main = IndexFields.PrimaryLanguage(source.Language);
        if (main.Length == 0) main = "und";
        // The document's own language is the stored value; passages in other languages make the document findable by lang: too.
        doc.Add(new StringField(IndexFields.Language, main, Field.Store.YES));
        doc.Add(new SortedSetDocValuesField(IndexFields.Language, new BytesRef(main)));
        doc.Add(new StringField(IndexFields.MainLanguage, MainLanguage(source.Language, main), Field.Store.NO));
        foreach (var other in passages.Select(p => IndexFields.PrimaryLanguage(p.Language)).Where(l => l.Length > 0 && l != "und" && l != main).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexFields.Language, other, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.Language, new BytesRef(other)));
        }
    }

    /// <summary>The primary language, but Chinese of Taiwan, Hong Kong or Macau, or written in traditional characters,
    /// apart ("zh-hant"): such a text is not taken for mainland China's news.</summary>
    private static string MainLanguage(string? tag, string primary)
    {
        if (primary != "zh") return primary;
        var parts = (tag ?? "").ToLowerInvariant().Split('-', '_');
        return parts.Any(p => p is "tw" or "hk" or "mo" or "hant") ? "zh-hant" : primary;
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
        doc.Add(new NumericDocValuesField(IndexFields.DateSort, start));
        // Undated documents come last in both orders.
        doc.Add(new NumericDocValuesField(IndexFields.DateSortOldestFirst, start == 0 ? int.MaxValue : start));
        if (date.Year is { } year) AddFacet(doc, IndexFields.Year, year.ToString(CultureInfo.InvariantCulture));
        if (date.Year is { } y && date.Month is { } m) AddFacet(doc, IndexFields.Month, string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"));
    }

    private static void AddHitFields(LuceneDocument doc, Document source)
    {
        foreach (var author in source.Authors.OrderBy(a => a.Position).Select(a => a.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            doc.Add(new StoredField(IndexFields.HitAuthors, author));
        if (!string.IsNullOrWhiteSpace(source.Publication)) doc.Add(new StoredField(IndexFields.HitPublication, source.Publication.Trim()));
        if (source.PublishedDate.ToIso() is { } iso) doc.Add(new StoredField(IndexFields.HitDate, iso));
        doc.Add(new StoredField(IndexFields.HitKind, SourceKinds.Of(source)));
    }

    /// <summary>The first and last yyyymmdd a partial date can stand for; (0, 0) when the year is unknown.</summary>
    public static (int Start, int End) DateRange(PartialDate date)
    {
        if (date.Year is not { } year) return (0, 0);
        var firstMonth = date.Month ?? 1;
        var lastMonth = date.Month ?? 12;
        var firstDay = date.Month is null ? 1 : date.Day ?? 1;
        var lastDay = date.Month is null ? 31 : date.Day ?? DateTime.DaysInMonth(year, lastMonth);
        return (year * 10000 + firstMonth * 100 + firstDay, year * 10000 + lastMonth * 100 + lastDay);
    }
}
