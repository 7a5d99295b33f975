using AngleSharp.Dom;

using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Search;

/// <summary>Cross-language search through /search on the seeds: what the dictionaries added is shown beside the
/// thesaurus's expansions, and the researcher can switch both off.</summary>
public sealed class CrossLanguageSearchPageTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private static IReadOnlyList<string> Titles(IDocument page) => page.QuerySelectorAll("ol.results > li .hit-title a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task An_english_word_the_thesaurus_does_not_know_finds_the_french_seed_through_the_dictionaries()
    {
        var client = factory.CreateClient();
        // The app loads the lexicon in the background after start; this test is about what it does once loaded.
        _ = CrossLanguageLexicon.Shared;
        var page = await client.GetDocumentAsync("/search?q=smuggling");

        var dictionary = page.QuerySelectorAll("li.also-searched span.expansion.dictionary").ToList();
        var smuggling = Assert.Single(dictionary);
        Assert.Contains("contrebande", smuggling.QuerySelector(".terms")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("dictionaries", smuggling.TextContent, StringComparison.Ordinal);
        // Seed 001 (French) speaks of "contrebande" and never of smuggling.
        Assert.Contains(page.QuerySelectorAll("ol.results mark"), m => m.TextContent.StartsWith("contrebande", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(Titles(page));

        var typedOnly = await client.GetDocumentAsync(page.QuerySelector("li.also-searched > a")!.GetAttribute("href")!);
        Assert.Empty(typedOnly.QuerySelectorAll(".expansion"));
        Assert.Contains("Only the words as typed", typedOnly.QuerySelector("li.also-searched")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Titles(typedOnly));
    }

    [Fact]
    public async Task Thesaurus_and_dictionary_expansions_are_shown_together_and_the_thesaurus_keeps_its_concepts()
    {
        var client = factory.CreateClient();
        _ = CrossLanguageLexicon.Shared;
        var page = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("export controls electricity"));
        var thesaurus = page.QuerySelectorAll("li.also-searched span.expansion.thesaurus").ToList();
        var dictionary = page.QuerySelectorAll("li.also-searched span.expansion.dictionary").ToList();
        Assert.Contains(thesaurus, e => e.QuerySelector("strong")!.TextContent == "export controls");
        Assert.Contains(dictionary, e => e.QuerySelector("strong")!.TextContent == "electricity" && e.TextContent.Contains("électricité", StringComparison.Ordinal));
        Assert.DoesNotContain(dictionary, e => e.QuerySelector("strong")!.TextContent.Contains("export", StringComparison.Ordinal));
    }
}

/// <summary>The admin concept page suggests what the dictionaries translate the concept's terms to.</summary>
public sealed class DictionarySuggestionPageTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Fact]
    public async Task The_concept_page_suggests_dictionary_translations_the_concept_lacks()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        _ = CrossLanguageLexicon.Shared;
        var edit = await PageForms.GetAsync(admin, "/admin/thesaurus/copyright/edit");
        var terms = ((AngleSharp.Html.Dom.IHtmlTextAreaElement)edit.QuerySelector("#Input_Terms")!).Value.ReplaceLineEndings("\n").Split('\n');
        var suggestions = edit.QuerySelectorAll("#dictionary-suggestions li code").Select(c => c.TextContent).ToList();
        Assert.NotEmpty(suggestions);
        Assert.Contains("fr: propriété littéraire", suggestions);
        Assert.All(suggestions, s => Assert.Matches("^(en|fr|zh|ja): .+", s));
        Assert.All(suggestions, s => Assert.DoesNotContain(s, terms));
    }
}
