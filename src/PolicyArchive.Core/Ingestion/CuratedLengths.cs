using System.Globalization;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>The lengths the store declares (<see cref="FieldLengths"/>), checked on a source before it is saved: a curation
/// file's 600-character title was stored silently on SQLite and made PostgreSQL refuse the import's whole batch. The
/// extractor already keeps what it finds within them; a curated value that is too long refuses its source only, with
/// each such value named.</summary>
public static class CuratedLengths
{
    /// <summary>Throws <see cref="IngestionRejectedException"/> naming every value longer than the store keeps.</summary>
    public static void Check(CuratedSource curated)
    {
        var s = curated.Source;
        var excess = new List<string>();
        void Measure(string what, string? value, int limit)
        {
            if (value?.Length > limit)
                excess.Add(string.Create(CultureInfo.InvariantCulture, $"{what} has {value.Length:N0} characters (at most {limit:N0})"));
        }

        Measure("the title", s.Title, FieldLengths.Title);
        Measure("the original title", s.OriginalTitle, FieldLengths.Title);
        Measure("the publication", s.Publication, FieldLengths.Publication);
        Measure("the web address", s.SourceUrl, FieldLengths.SourceUrl);
        Measure("the language", s.Language, FieldLengths.Language);
        foreach (var author in s.Authors) Measure($"the author “{Start(author)}”", author, FieldLengths.AuthorName);
        foreach (var tag in curated.Tags) Measure($"the tag “{Start(tag)}”", tag, FieldLengths.TagName);
        if (excess.Count > 0)
            throw new IngestionRejectedException("Nothing was saved for this file: " + string.Join("; ", excess) + ". Shorten it in the curation file.");
    }

    private static string Start(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
