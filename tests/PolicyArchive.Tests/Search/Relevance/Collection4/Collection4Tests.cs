namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fourth collection is data other tests measure search against; this checks the data itself.</summary>
public sealed class Collection4Tests
{
    [Fact]
    public void The_fourth_collection_is_well_formed()
    {
        var docs = Collection4Corpus.All();
        var judgements = Collection4Judgements.All;

        Assert.True(docs.Count >= 66, $"{docs.Count} documents");
        Assert.True(judgements.Count >= 112, $"{judgements.Count} judged queries");
        Assert.All(docs, d => Assert.StartsWith("c4-", d.Id, StringComparison.Ordinal));

        // Every language, mixed texts and look-alikes are there, and a mixed text has passages in two languages.
        foreach (var language in new[] { "fr", "en", "zh", "ja" })
            Assert.Contains(docs, d => !d.IsMixed && d.Language == language);
        Assert.True(docs.Count(d => !d.IsMixed && d.Language == "fr") * 2 >= docs.Count(d => !d.IsMixed), "French is not the largest part");
        Assert.True(docs.Count(d => d.IsMixed) >= 5);
        Assert.All(docs.Where(d => d.IsMixed), d => Assert.True(d.Passages.Select(p => p.Language).Distinct().Count() >= 2, d.Id));
        Assert.True(docs.Count(d => d.IsDistractor) >= 12);

        // Passages point inside the body, and a marked passage starts with its text, not with a marker.
        Assert.All(docs, d => Assert.All(d.Passages, p =>
        {
            Assert.InRange(p.Start + p.Length, 1, d.Body.Length);
            Assert.DoesNotContain("[lang:", d.Body.Substring(p.Start, p.Length));
        }));

        var byKind = judgements.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(judgements, j => Assert.Contains(j.Kind, Collection4Judgements.Kinds.Keys));
        foreach (var (kind, least) in Collection4Judgements.Kinds)
            Assert.True(byKind.GetValueOrDefault(kind) >= least, $"{kind}: {byKind.GetValueOrDefault(kind)} < {least}");

        var ids = docs.ToDictionary(d => d.Id);
        Assert.All(judgements, j =>
        {
            Assert.NotEmpty(j.Relevant);
            Assert.Equal(j.Relevant.Count, j.Relevant.Distinct().Count());
            Assert.All(j.Relevant, id => Assert.True(ids.ContainsKey(id), $"'{j.Query}' names unknown {id}"));
            Assert.False(string.IsNullOrWhiteSpace(j.Note), $"'{j.Query}' has no note");
        });

        // A look-alike is never wanted, whatever the kind of query.
        Assert.All(judgements, j =>
            Assert.All(j.Relevant, id => Assert.False(ids[id].IsDistractor, $"'{j.Query}' judges distractor {id} relevant")));

        // Every document that is not a look-alike answers at least one query.
        var answered = judgements.SelectMany(j => j.Relevant).ToHashSet(StringComparer.Ordinal);
        Assert.All(docs.Where(d => !d.IsDistractor), d => Assert.Contains(d.Id, answered));

        var duplicates = judgements.GroupBy(j => j.Query.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);

        // The documents map to archive documents the index can take.
        Assert.All(Collection4Corpus.Documents(), d => Assert.False(string.IsNullOrWhiteSpace(d.Body)));
    }

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the Chinese text of Taiwan's rule is French.
        var doc = Collection4Corpus.All().Single(d => d.Id == "c4-007");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.Body.Substring(doc.Passages[1].Start, doc.Passages[1].Length);
        Assert.StartsWith("为确保关键技术根留台湾", chinese);
        Assert.EndsWith("应事先向主管机关申请许可。", chinese);

        // An English report quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = Collection4Corpus.All().Single(d => d.Id == "c4-034");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = Collection4Corpus.All().Single(d => d.Id == "c4-040");
        Assert.Equal("zh", quoting.Language);
        Assert.Equal(["zh", "en", "zh", "en", "zh"], quoting.Passages.Select(p => p.Language));
    }
}
