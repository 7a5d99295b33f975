using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Tests.Search;

/// <summary>A real on-disk index in a temporary folder, with the repository's thesaurus, deleted on dispose.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-search-" + Guid.NewGuid().ToString("N"));

    public TestIndex(IEnumerable<Document> documents, bool withThesaurus = true)
    {
        documents = documents.ToList();
        Bodies = new InMemoryDocumentBodies(documents);
        Index = new ArchiveIndex(_path);
        Thesaurus = new ThesaurusCache(Index);
        if (withThesaurus)
        {
            var loaded = ThesaurusFile.Load(RepoFiles.Path("seeds", "thesaurus.json"));
            Assert.Empty(loaded.Errors);
            Thesaurus.Replace(loaded.Concepts);
        }
        // One at a time, in order: the app indexes a batch on every core, and the order documents reach the index then
        // varies from run to run, which breaks ties between equal scores differently; a measured ranking must not.
        foreach (var document in documents) Index.Upsert([document]);
        Index.Commit();
        Search = new SearchService(Index, Bodies, Thesaurus);
    }

    public ArchiveIndex Index { get; }
    public ThesaurusCache Thesaurus { get; }

    /// <summary>The documents' bodies, which the index does not keep (the app reads them from its store).</summary>
    public InMemoryDocumentBodies Bodies { get; }
    public SearchService Search { get; }

    public SearchResults Find(string query, int pageSize = 10) => Search.Search(new SearchRequest(query, 1, pageSize));

    public IReadOnlyList<string> Ids(string query, int pageSize = 10) => Find(query, pageSize).Hits.Select(h => h.PublicId).ToList();

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}

public static class RepoFiles
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyArchive.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root (PolicyArchive.sln) not found above " + AppContext.BaseDirectory);
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([s_root.Value, .. parts]);
}

/// <summary>Builds archive documents the way ingestion would hand them to the index.</summary>
public static class TestDocs
{
    public static Document Make(string id, string title, string body, string language,
        string? publication = null, string[]? authors = null, string[]? tags = null, PartialDate date = default,
        IEnumerable<Passage>? passages = null) => new()
    {
        PublicId = id,
        Slug = id,
        Title = title,
        Body = body,
        Language = language,
        Publication = publication,
        PublishedDate = date,
        Authors = (authors ?? []).Select((a, i) => new DocumentAuthor { Name = a, Position = i }).ToList(),
        Tags = (tags ?? []).Select(t => new DocumentTag { Tag = new Tag { Name = t, Slug = t.ToLowerInvariant().Replace(' ', '-') } }).ToList(),
        Passages = (passages ?? ScriptPassages(body, language)).ToList(),
        UpdatedAt = DateTime.UtcNow,
    };

    /// <summary>Lines written mostly in Han or kana become zh or ja passages, the way ingestion's language detection marks them.</summary>
    public static IEnumerable<Passage> ScriptPassages(string body, string language)
    {
        var start = 0;
        var ordinal = 0;
        foreach (var line in body.Split('\n'))
        {
            var letters = line.Count(char.IsLetter);
            var kana = line.Count(c => c is >= '\u3040' and <= '\u30FF');
            var han = line.Count(c => c is >= '\u4E00' and <= '\u9FFF');
            var lang = letters > 0 && (han + kana) * 10 >= letters * 3 ? (kana > 0 ? "ja" : "zh") : language;
            if (lang != language) yield return new Passage { Ordinal = ordinal++, Start = start, Length = line.Length, Language = lang };
            start += line.Length + 1;
        }
    }
}
