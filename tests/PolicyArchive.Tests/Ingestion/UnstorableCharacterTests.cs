using System.Text;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

/// <summary>The store drops characters XML cannot carry (<see cref="ArchiveText"/>). If extraction left them in the body,
/// the passages it cut would point that many characters off in the text the store keeps: a cited passage would start
/// mid-word. A file holding U+FFFF was also refused as unreadable: Unicode normalisation throws on it.</summary>
public sealed class UnstorableCharacterTests
{
    private const string Paragraphs =
        "Les contrôles à l'exportation de puces se durcissent.\n\n" +
        "美国商务部周二发布新规，要求英伟达向中国出口芯片须事先申请许可证。\n\n" +
        "Washington a publié une nouvelle règle sur les puces avancées.";

    [Theory]
    [InlineData("page.html")]
    [InlineData("note.md")]
    [InlineData("note.txt")]
    [InlineData(null)]
    public void Passages_cut_the_body_the_store_keeps_at_the_same_places(string? fileName)
    {
        // U+FFFF and U+FFFE are valid UTF-8 but no XML character; the text decoder keeps them.
        var dirty = Paragraphs.Replace("durcissent", "durcis\uFFFFsent", StringComparison.Ordinal).Replace("许可证", "许可\uFFFE证", StringComparison.Ordinal);
        var content = fileName?.EndsWith(".html", StringComparison.Ordinal) == true
            ? "<html><head><title>Puces et Chine</title></head><body><article><h1>Puces et Chine</h1>" + string.Join("", dirty.Split("\n\n").Select(p => $"<p>{p}</p>")) + "</article></body></html>"
            : "Puces et Chine\n\n" + dirty;

        // No file name: the text an editor pastes into the form.
        var source = fileName is null ? EditorIntake.FromPaste(content) : new SourceExtractor().Extract(Encoding.UTF8.GetBytes(content), fileName);

        Assert.Equal(source.Body, ArchiveText.Clean(source.Body));
        var cited = source.Passages.Select(p => source.Body.Substring(p.Start, p.Length).Trim()).ToList();
        Assert.Contains("Les contrôles à l'exportation de puces se durcissent.", cited);
        Assert.Contains("美国商务部周二发布新规，要求英伟达向中国出口芯片须事先申请许可证。", cited);
    }
}
