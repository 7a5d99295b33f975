using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Tests.Search;

/// <summary>A process node typed one way finds the texts that write it another way, in any language, on a real on-disk
/// index with the dictionaries: digits pass through untranslated, so "7nm" had found only texts that say "7nm".</summary>
public sealed class ProcessNodeSearchTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("en-7", "Foundry halts 7nm orders", "The foundry stopped taking 7nm orders from the designer.", "en"),
        TestDocs.Make("fr-7", "Le fondeur suspend la gravure", "La gravure en 7 nanomètres est suspendue pour ce client.", "fr"),
        TestDocs.Make("zh-7", "台积电暂停供货", "台积电暂停向该客户供应7纳米产品。", "zh"),
        TestDocs.Make("ja-2", "ラピダスに追加支援", "政府は2ナノの量産に向けて補助金を追加する。", "ja"),
        TestDocs.Make("en-28", "Mature nodes stay open", "Orders at 28 nm and older continue as before.", "en"),
    ]);

    private IReadOnlyList<string> Ids(string query) => _index.Ids(query, 20);

    [Fact]
    public void A_node_typed_in_one_script_finds_the_texts_that_write_it_in_another()
    {
        Assert.Equal(["en-7", "fr-7", "zh-7"], Ids("7nm").Order());
        Assert.Equal(["en-7", "fr-7", "zh-7"], Ids("7纳米").Order());
        Assert.Equal(["en-7", "fr-7", "zh-7"], Ids("7 nm").Order());
        Assert.Equal(["ja-2"], Ids("2nm"));
        // Another number is another node.
        Assert.Equal(["en-28"], Ids("28nm"));
        var results = _index.Find("7nm");
        Assert.Contains(results.Expansions, e => e.AlsoSearched.Contains("7纳米"));
    }

    [Fact]
    public void Only_a_number_and_a_unit_of_length_read_as_a_node()
    {
        Assert.Contains(ProcessNode.Forms("7nm")!, f => f.Language == "fr" && f.Text == "7 nanomètres");
        Assert.Contains(ProcessNode.Forms("1,4 nanomètres")!, f => f.Language == "en" && f.Text == "1.4nm");
        Assert.Contains(ProcessNode.Forms("2ナノメートル")!, f => f.Language == "zh" && f.Text == "2纳米");
        Assert.Contains(ProcessNode.Forms("1.4nm")!, f => f.Language == "fr" && f.Text == "1,4 nm");
        Assert.Contains(ProcessNode.Forms("7-nm")!, f => f.Language == "zh" && f.Text == "7纳米");
        Assert.Null(ProcessNode.Forms("٧nm"));
        Assert.Null(ProcessNode.Forms("H20"));
        Assert.Null(ProcessNode.Forms("nm"));
        Assert.Null(ProcessNode.Forms("7nmx"));
    }

    public void Dispose() => _index.Dispose();
}
