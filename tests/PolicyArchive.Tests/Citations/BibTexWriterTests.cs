using System.Text;
using PolicyArchive.Core.Citations;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Citations;

public sealed class BibTexWriterTests
{
    [Fact]
    public void Entry_parses_back_to_the_same_fields()
    {
        var c = CitationSamples.Record();
        var (type, key, fields) = Parse(BibTexWriter.Write(c));

        Assert.Equal("online", type);
        Assert.Equal("pa-abcd2345", key);
        Assert.Equal(c.Title, Unescape(fields["title"]));
        Assert.Equal(["{Amodei}, Dario", "Anthropic, PBC"], SplitAuthors(fields["author"]));
        Assert.Equal("Le Grand Continent", fields["organization"]);
        Assert.Equal("2025-01-29", fields["date"]);
        Assert.Equal("2025", fields["year"]);
        Assert.Equal("fr", fields["langid"]);
        Assert.Equal("https://archive.example/d/abcd2345/les-controles?rev=3", fields["url"]);
        Assert.Equal("出口管制与芯片", fields["origtitle"]);
        Assert.Equal("3", fields["version"]);
        Assert.Equal(c.SourceUrl, Unescape(fields["note"])["Original source: ".Length..]);
    }

    [Fact]
    public void A_day_and_month_without_a_year_gives_no_invented_year()
    {
        var d = CitationSamples.Document();
        d.PublishedDate = new PartialDate(null, 8, 28);
        var (_, _, fields) = Parse(BibTexWriter.Write(CitationRecord.FromDocument(d, CitationSamples.Permalink)));
        Assert.False(fields.ContainsKey("year"));
        Assert.False(fields.ContainsKey("date"));
    }

    [Fact]
    public void Citing_an_old_revision_pins_the_url_and_key_to_it()
    {
        var d = CitationSamples.Document();
        d.RevisionNumber = 1;
        var rev = RevisionFactory.Snapshot(d, "editor", null, null, new DateTime(2025, 1, 30, 0, 0, 0, DateTimeKind.Utc));
        d.RevisionNumber = 2;
        d.Title = "Renamed later";
        var (_, key, fields) = Parse(BibTexWriter.Write(CitationRecord.FromRevision(d, rev, CitationSamples.Permalink)));
        Assert.Equal("pa-abcd2345-r1", key);
        Assert.EndsWith("?rev=1", fields["url"], StringComparison.Ordinal);
        Assert.Equal(CitationSamples.Document().Title, Unescape(fields["title"]));
    }

    [Fact]
    public void A_cited_passage_goes_into_the_note_with_its_anchor_url()
    {
        var c = CitationSamples.Record() with { PassageAnchor = "p-0a1b2c3d", PassageExcerpt = "Les puces" };
        var (_, _, fields) = Parse(BibTexWriter.Write(c));
        var note = Unescape(fields["note"]);
        Assert.Contains("Passage: https://archive.example/d/abcd2345/les-controles?rev=3#p-0a1b2c3d", note, StringComparison.Ordinal);
        Assert.Contains("Original source: " + c.SourceUrl, note, StringComparison.Ordinal);
    }

    private static List<string> SplitAuthors(string field) =>
        field.Split(" and ").Select(a => a.StartsWith('{') && a.EndsWith('}') ? a[1..^1] : a).ToList();

    private static string Unescape(string value) => value
        .Replace(@"\textbackslash{}", "\\", StringComparison.Ordinal)
        .Replace(@"\textasciitilde{}", "~", StringComparison.Ordinal)
        .Replace(@"\textasciicircum{}", "^", StringComparison.Ordinal)
        .Replace(@"\{", "{", StringComparison.Ordinal).Replace(@"\}", "}", StringComparison.Ordinal)
        .Replace(@"\%", "%", StringComparison.Ordinal).Replace(@"\&", "&", StringComparison.Ordinal)
        .Replace(@"\$", "$", StringComparison.Ordinal).Replace(@"\#", "#", StringComparison.Ordinal)
        .Replace(@"\_", "_", StringComparison.Ordinal);

    /// <summary>A small reader for braced BibTeX fields that honours nesting and backslash escapes.</summary>
    internal static (string Type, string Key, Dictionary<string, string> Fields) Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var open = text.IndexOf('{', at);
        var type = text[(at + 1)..open];
        var comma = text.IndexOf(',', open);
        var key = text[(open + 1)..comma];
        var fields = new Dictionary<string, string>();
        var i = comma + 1;
        while (true)
        {
            var eq = text.IndexOf('=', i);
            if (eq < 0) break;
            var name = text[i..eq].Trim().TrimStart(',').Trim();
            var start = text.IndexOf('{', eq) + 1;
            var depth = 1;
            var j = start;
            var sb = new StringBuilder();
            while (depth > 0)
            {
                var ch = text[j];
                if (ch == '\\') { sb.Append(ch).Append(text[j + 1]); j += 2; continue; }
                if (ch == '{') depth++;
                if (ch == '}') depth--;
                if (depth > 0) sb.Append(ch);
                j++;
            }
            fields[name] = sb.ToString();
            i = j;
        }
        Assert.Equal('}', text.TrimEnd()[^1]);
        return (type, key, fields);
    }
}
