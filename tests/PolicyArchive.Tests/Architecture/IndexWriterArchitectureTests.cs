using System.Reflection;
using System.Text.RegularExpressions;
using PolicyArchive.Core.Search;
using PolicyArchive.Tests.Search;

namespace PolicyArchive.Tests.Architecture;

/// <summary>One writer of the index: only the indexer (Core/Indexing/) and the index's owner (ArchiveIndex) may touch Lucene's
/// IndexWriter or the index's write methods. Writers put changes in the store and its change log, nothing else.</summary>
public sealed partial class IndexWriterArchitectureTests
{
    private static readonly string[] s_allowed =
    [
        Path.Combine("src", "PolicyArchive.Core", "Indexing") + Path.DirectorySeparatorChar,
        Path.Combine("src", "PolicyArchive.Core", "Search", "ArchiveIndex.cs"),
    ];

    [GeneratedRegex(@"\bIndexWriter\b")]
    private static partial Regex IndexWriterType();

    // index.Upsert(…), _index.Commit(…), Index.DeleteAll(…): the write methods of ArchiveIndex, whatever the variable is called.
    [GeneratedRegex(@"\b_?[iI]ndex\s*\.\s*(Upsert|Add|Delete|DeleteAll|Commit|SwapIn|BeginRebuild)\s*\(")]
    private static partial Regex IndexWriteCall();

    [Fact]
    public void No_code_outside_the_indexer_uses_IndexWriter_or_the_index_write_methods()
    {
        var root = RepoFiles.Path();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || relative.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || s_allowed.Any(a => relative.StartsWith(a, StringComparison.Ordinal)))
                continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal)) continue;
                if (IndexWriterType().IsMatch(code) || IndexWriteCall().IsMatch(code)) offenders.Add($"{relative}:{i + 1}: {code}");
            }
        }
        Assert.True(offenders.Count == 0, "Only the indexer writes the index:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_index_offers_no_public_way_to_write()
    {
        var writes = typeof(ArchiveIndex).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name is "Upsert" or "Add" or "Delete" or "DeleteAll" or "Commit" or "SwapIn" or "BeginRebuild")
            .Select(m => m.Name).ToList();
        Assert.Empty(writes);
        Assert.DoesNotContain(typeof(ArchiveIndex).GetProperties(BindingFlags.Public | BindingFlags.Instance),
            p => p.PropertyType == typeof(Lucene.Net.Index.IndexWriter));
    }

    [Fact]
    public void The_scan_finds_a_write_where_one_is_written()
    {
        Assert.Matches(IndexWriteCall(), "        index.Upsert([d]);");
        Assert.Matches(IndexWriterType(), "var w = new IndexWriter(dir, config);");
        Assert.DoesNotMatch(IndexWriterType(), "new IndexWriterConfig(version, analyzer)");
    }
}
