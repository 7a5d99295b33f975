using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>One file of the second relevance collection: its header block and its body, with the passages the
/// file marks (<c>[lang: xx]</c> lines in mixed-language files) or that the script of its lines implies.</summary>
public sealed record Collection2Document(
    string Id,
    string Title,
    string Language,
    IReadOnlyList<string> Authors,
    string? Outlet,
    PartialDate Date,
    IReadOnlyList<string> Tags,
    bool IsDistractor,
    bool IsMixed,
    string Body,
    IReadOnlyList<Passage> Passages)
{
    /// <summary>The archive document the index receives, built the way the first collection's documents are.</summary>
    public Document ToDocument() =>
        TestDocs.Make(Id, Title, Body, Language, Outlet, [.. Authors], [.. Tags], Date, Passages);

    /// <summary>The text of passage <paramref name="index"/>.</summary>
    public string PassageText(int index) => Body.Substring(Passages[index].Start, Passages[index].Length);
}

/// <summary>Reads the second relevance collection (Collection2/documents/c2-NNN.txt, copied to the test output).
/// The collection was written independently of the thesaurus and dictionaries; see README.md next to it.</summary>
public static partial class Collection2Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", "Collection2");

    private static readonly Lazy<IReadOnlyList<Collection2Document>> s_all = new(() => Load(Path.Combine(Folder, "documents"), "c2-"));

    /// <summary>Every <c>{prefix}*.txt</c> file of a folder written in this format, in file-name order: the second
    /// collection's, and those after it (JudgedCollection), which keep the same format.</summary>
    public static IReadOnlyList<Collection2Document> Load(string folder, string prefix) =>
        Directory.GetFiles(folder, prefix + "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(Parse)
            .ToList();

    public static IReadOnlyList<Collection2Document> All() => s_all.Value;

    public static IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();

    private static readonly HashSet<string> s_languages = ["fr", "en", "zh", "ja"];

    [GeneratedRegex(@"^\[lang:\s*(?<lang>[a-z]{2})\s*\]\s*$")]
    private static partial Regex LangMarker();

    public static Collection2Document Parse(string path)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var colon = lines[i].IndexOf(':');
            if (colon <= 0) throw new FormatException($"{id}: header line without 'key:' — {lines[i]}");
            var key = lines[i][..colon].Trim();
            if (key is not ("title" or "language" or "authors" or "outlet" or "date" or "tags" or "distractor"))
                throw new FormatException($"{id}: unknown header key '{key}'");
            header[key] = lines[i][(colon + 1)..].Trim();
        }
        if (i == lines.Length) throw new FormatException($"{id}: no '---' line ends the header");
        var bodyLines = lines[(i + 1)..];

        var title = header.GetValueOrDefault("title") is { Length: > 0 } t ? t : throw new FormatException($"{id}: no title");
        var declared = header.GetValueOrDefault("language") ?? throw new FormatException($"{id}: no language");
        var isMixed = declared == "mixed";
        if (!isMixed && !s_languages.Contains(declared)) throw new FormatException($"{id}: language '{declared}'");

        string body;
        List<Passage> passages;
        string language;
        if (isMixed)
        {
            (body, passages) = MarkedPassages(id, bodyLines);
            // A mixed text is a commentary in one language quoting others, and it opens with the commentary:
            // counting characters would misjudge it, since a Chinese sentence is a third as long as its English.
            language = passages.Count > 0 ? passages[0].Language : throw new FormatException($"{id}: no passage");
        }
        else
        {
            if (bodyLines.Any(l => LangMarker().IsMatch(l))) throw new FormatException($"{id}: [lang:] markers in a {declared} file");
            body = string.Join('\n', bodyLines).Trim('\n');
            passages = TestDocs.ScriptPassages(body, declared).ToList();
            language = declared;
        }

        return new Collection2Document(
            id, title, language,
            List(header.GetValueOrDefault("authors")),
            header.GetValueOrDefault("outlet") is { Length: > 0 } o ? o : null,
            Date(id, header.GetValueOrDefault("date")),
            List(header.GetValueOrDefault("tags")),
            header.GetValueOrDefault("distractor") == "true",
            isMixed, body, passages);
    }

    /// <summary>Every <c>[lang: xx]</c> line starts a passage in that language that runs to the next marker; the marker
    /// lines themselves are not part of the body.</summary>
    private static (string Body, List<Passage> Passages) MarkedPassages(string id, string[] lines)
    {
        var body = new StringBuilder();
        var passages = new List<Passage>();
        string? current = null;
        var start = 0;
        void Close()
        {
            if (current is null) return;
            var end = body.Length;
            while (end > start && body[end - 1] == '\n') end--;
            if (end > start) passages.Add(new Passage { Ordinal = passages.Count, Start = start, Length = end - start, Language = current });
        }
        foreach (var line in lines)
        {
            var marker = LangMarker().Match(line);
            if (marker.Success)
            {
                Close();
                current = marker.Groups["lang"].Value;
                if (!s_languages.Contains(current)) throw new FormatException($"{id}: [lang: {current}]");
                if (body.Length > 0 && body[^1] != '\n') body.Append('\n');
                start = body.Length;
                continue;
            }
            if (current is null)
            {
                if (line.Trim().Length == 0) continue;
                throw new FormatException($"{id}: text before the first [lang:] marker of a mixed file");
            }
            body.Append(line).Append('\n');
        }
        Close();
        return (body.ToString().TrimEnd('\n'), passages);
    }

    private static IReadOnlyList<string> List(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static PartialDate Date(string id, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return default;
        var parts = value.Split('-');
        if (parts.Length > 3 || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            throw new FormatException($"{id}: date '{value}'");
        int? At(int k) => parts.Length > k ? int.Parse(parts[k], CultureInfo.InvariantCulture) : null;
        return new PartialDate(At(0), At(1), At(2));
    }
}
