using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyArchive.Bench.Corpus;

/// <summary>Writes and streams a corpus as JSON Lines, one document per line.</summary>
public static class CorpusFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Keep accents and CJK readable in the file rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static CorpusStats Write(string path, IEnumerable<BenchDocument> documents)
    {
        long count = 0;
        long words = 0;
        using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            foreach (var document in documents)
            {
                writer.Write(JsonSerializer.Serialize(document, Options));
                writer.Write('\n');
                count++;
                words += document.Body.Count(c => c == ' ') + 1;
            }
        }

        return new CorpusStats(count, words, new FileInfo(path).Length);
    }

    public static IEnumerable<BenchDocument> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            yield return JsonSerializer.Deserialize<BenchDocument>(line, Options)
                ?? throw new InvalidDataException($"Empty document line in '{path}'.");
        }
    }
}

public sealed record CorpusStats(long Documents, long LatinWords, long Bytes);
