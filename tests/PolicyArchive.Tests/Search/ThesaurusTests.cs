using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Tests.Search;

public sealed class ThesaurusTests : IDisposable
{
    private readonly ArchiveAnalyzers _analyzers = new();

    [Fact]
    public void Seed_file_has_the_fields_concepts_in_four_languages()
    {
        var loaded = ThesaurusFile.Load(RepoFiles.Path("seeds", "thesaurus.json"));
        Assert.Empty(loaded.Errors);
        var export = loaded.Concepts.Single(c => c.Key == "export-controls");
        Assert.Equal(["en", "fr", "ja", "zh"], export.Terms.Select(t => t.Language).Distinct().Order().ToArray());
        foreach (var key in new[] { "chips", "open-source-models", "data-centres", "national-security", "deepseek", "nvidia", "huawei", "lisa-su", "dario-amodei", "sriram-krishnan", "united-states", "china", "anthropic", "openai" })
            Assert.Contains(loaded.Concepts, c => c.Key == key);
    }

    [Fact]
    public void Terms_are_found_in_any_language_ignoring_accents_case_and_plural()
    {
        var expander = new ThesaurusExpander(_analyzers, ThesaurusFile.Load(RepoFiles.Path("seeds", "thesaurus.json")).Concepts);
        Assert.Equal("export-controls", expander.Find("Export Controls")?.Key);
        Assert.Equal("export-controls", expander.Find("controles a l’exportation")?.Key);
        Assert.Equal("export-controls", expander.Find("輸出規制")?.Key);
        Assert.Equal("chips", expander.Find("puce")?.Key);
        Assert.Equal("lisa-su", expander.Find("苏姿丰")?.Key);
        Assert.Equal("united-states", expander.Find("etats unis")?.Key);
        Assert.Null(expander.Find("export"));
    }

    [Fact]
    public void An_expansion_names_its_concept_in_the_readers_language_when_it_has_a_name_in_it()
    {
        var expander = new ThesaurusExpander(_analyzers, ThesaurusFile.Load(RepoFiles.Path("seeds", "thesaurus.json")).Concepts);
        var expansion = expander.Describe("chips", expander.Find("chips")!);
        Assert.Equal("puces", expansion.LabelFor("fr"));
        Assert.Equal("Chips and semiconductors", expansion.LabelFor("en"));
        Assert.Equal("Chips and semiconductors", expansion.LabelFor("de"));
        Assert.Equal("contrôles à l'exportation", expander.Find("export controls")!.LabelFor("fr"));
    }

    [Fact]
    public void Concepts_named_in_a_text_are_found()
    {
        var expander = new ThesaurusExpander(_analyzers, ThesaurusFile.Load(RepoFiles.Path("seeds", "thesaurus.json")).Concepts);
        var found = expander.FindIn("Les contrôles à l'exportation de puces NVIDIA vers la Chine.").Select(c => c.Key).ToList();
        Assert.Equal(["export-controls", "chips", "nvidia", "china"], found);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("{}", "no \"concepts\"")]
    [InlineData("{\"concepts\":[{\"label\":\"x\",\"terms\":{\"en\":[\"x\"]}}]}", "needs a key")]
    [InlineData("{\"concepts\":[{\"key\":\"a\",\"label\":\"A\",\"terms\":{}}]}", "no terms")]
    [InlineData("{\"concepts\":[{\"key\":\"a\",\"label\":\"\\u200B \\u0001\",\"terms\":{\"en\":[\"a\"]}}]}", "concept #1 needs a key and a label")]
    [InlineData("{\"concepts\":[{\"key\":\"a\",\"label\":\"\\u0001\\u0002\",\"terms\":{\"en\":[\"a\"]}}]}", "concept #1 needs a key and a label")]
    [InlineData("{\"concepts\":[{\"key\":\"a\",\"label\":\"A\",\"terms\":{\"en\":[\"a\"]}},{\"key\":\"A\",\"label\":\"B\",\"terms\":{\"en\":[\"b\"]}}]}", "appears twice")]
    public void Bad_files_are_explained(string json, string expected)
    {
        var loaded = ThesaurusFile.Parse(json, "test.json");
        Assert.Contains(loaded.Errors, e => e.Contains(expected, StringComparison.Ordinal) && e.StartsWith("test.json", StringComparison.Ordinal));
    }

    public void Dispose() => _analyzers.Dispose();
}
