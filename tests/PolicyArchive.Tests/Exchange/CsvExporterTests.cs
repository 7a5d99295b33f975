using System.Text;
using PolicyArchive.Core.Exchange;

using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Exchange;

public sealed class CsvExporterTests
{
    [Fact]
    public async Task Csv_has_one_row_per_published_document_with_quoted_multiline_bodies()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.Store();
        await ExchangeSamples.FillAsync(db);
        using var buffer = new MemoryStream();
        var count = await new CsvExporter(db).ExportAsync(buffer, d => "https://archive.example/d/" + d.PublicId);
        Assert.Equal(2, count);

        var text = Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
        var rows = ParseRfc4180(text);
        Assert.Equal(CsvExporter.Header, rows[0]);
        Assert.Equal(3, rows.Count);
        var essay = rows.Single(r => r[0] == "essay234");
        Assert.Equal("First para.\n\nSecond para.", essay[^1]);
        Assert.Equal("2025-01", essay[6]);
        Assert.Equal("Month", essay[7]);
        var translation = rows.Single(r => r[0] == "trans256");
        Assert.Equal("Dario Amodei; Jean Traducteur", translation[4]);
        Assert.Equal("Sur DeepSeek et les contrôles à l'exportation", translation[2]);
    }

    /// <summary>Reads RFC 4180 independently of the writer, so the test checks the file, not the library's symmetry.</summary>
    private static List<string[]> ParseRfc4180(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
