namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The second collection is data other tests measure search against; this checks the data itself.</summary>
public sealed class Collection2Tests
{
    [Fact]
    public void The_second_collection_is_well_formed()
    {
        var docs = Collection2Corpus.All();
        var judgements = Collection2Judgements.All;

        Assert.True(docs.Count >= 60, $"{docs.Count} documents");
        Assert.True(judgements.Count >= 100, $"{judgements.Count} judged queries");

        // Every language, mixed texts and distractors are there, and a mixed text has passages in two languages.
        foreach (var language in new[] { "fr", "en", "zh", "ja" })
            Assert.Contains(docs, d => !d.IsMixed && d.Language == language);
        Assert.True(docs.Count(d => d.IsMixed) >= 5);
        Assert.All(docs.Where(d => d.IsMixed), d => Assert.True(d.Passages.Select(p => p.Language).Distinct().Count() >= 2, d.Id));
        Assert.True(docs.Count(d => d.IsDistractor) >= 10);

        // Passages point inside the body, and a marked passage starts with its text, not with a marker.
        Assert.All(docs, d => Assert.All(d.Passages, p =>
        {
            Assert.InRange(p.Start + p.Length, 1, d.Body.Length);
            Assert.DoesNotContain("[lang:", d.Body.Substring(p.Start, p.Length));
        }));

        var byKind = judgements.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(judgements, j => Assert.Contains(j.Kind, Collection2Judgements.Kinds.Keys));
        foreach (var (kind, least) in Collection2Judgements.Kinds)
            Assert.True(byKind.GetValueOrDefault(kind) >= least, $"{kind}: {byKind.GetValueOrDefault(kind)} < {least}");
        Assert.True(byKind.GetValueOrDefault("fr-over-en") + byKind.GetValueOrDefault("fr-over-zh") >= 6);

        var ids = docs.ToDictionary(d => d.Id);
        Assert.All(judgements, j =>
        {
            Assert.NotEmpty(j.Relevant);
            Assert.Equal(j.Relevant.Count, j.Relevant.Distinct().Count());
            Assert.All(j.Relevant, id => Assert.True(ids.ContainsKey(id), $"'{j.Query}' names unknown {id}"));
            Assert.False(string.IsNullOrWhiteSpace(j.Note), $"'{j.Query}' has no note");
        });

        // A distractor query's point is that the look-alike must not be wanted.
        Assert.All(judgements.Where(j => j.Kind == "distractor"), j =>
            Assert.All(j.Relevant, id => Assert.False(ids[id].IsDistractor, $"'{j.Query}' judges distractor {id} relevant")));

        var duplicates = judgements.GroupBy(j => j.Query.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);

        // The documents map to archive documents the index can take.
        Assert.All(Collection2Corpus.Documents(), d => Assert.False(string.IsNullOrWhiteSpace(d.Body)));
    }

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        var doc = Collection2Corpus.All().Single(d => d.Id == "c2-067");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.PassageText(1);
        Assert.StartsWith("原则上不予许可镓", chinese);
        Assert.EndsWith("将依法追究法律责任。", chinese);

        // A Chinese article quoting longer English paragraphs is still a Chinese document.
        var quoting = Collection2Corpus.All().Single(d => d.Id == "c2-069");
        Assert.Equal("zh", quoting.Language);
        Assert.Contains(quoting.Passages, p => p.Language == "en");
    }
}
