namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>What a judged collection in the second collection's format must hold to measure anything: the same checks
/// for every collection written since (<see cref="JudgedCollection"/>), each with its own least counts.</summary>
public static class CollectionChecks
{
    public sealed record Least(int Documents, int Queries, int Mixed, int Distractors);

    public static void AssertWellFormed(string prefix, IReadOnlyList<Collection2Document> docs, IReadOnlyList<Collection2Judgement> judgements,
        IReadOnlyDictionary<string, int> kinds, Least least)
    {
        Assert.True(docs.Count >= least.Documents, $"{docs.Count} documents");
        Assert.True(judgements.Count >= least.Queries, $"{judgements.Count} judged queries");
        Assert.All(docs, d => Assert.StartsWith(prefix, d.Id, StringComparison.Ordinal));

        // Every language, mixed texts and look-alikes are there, and a mixed text has passages in two languages.
        foreach (var language in new[] { "fr", "en", "zh", "ja" })
            Assert.Contains(docs, d => !d.IsMixed && d.Language == language);
        Assert.True(docs.Count(d => !d.IsMixed && d.Language == "fr") * 2 >= docs.Count(d => !d.IsMixed), "French is not the largest part");
        Assert.True(docs.Count(d => d.IsMixed) >= least.Mixed);
        Assert.All(docs.Where(d => d.IsMixed), d => Assert.True(d.Passages.Select(p => p.Language).Distinct().Count() >= 2, d.Id));
        Assert.True(docs.Count(d => d.IsDistractor) >= least.Distractors);

        // Passages point inside the body, and a marked passage starts with its text, not with a marker.
        Assert.All(docs, d => Assert.All(d.Passages, p =>
        {
            Assert.InRange(p.Start + p.Length, 1, d.Body.Length);
            Assert.DoesNotContain("[lang:", d.Body.Substring(p.Start, p.Length));
        }));

        var byKind = judgements.GroupBy(j => j.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(judgements, j => Assert.Contains(j.Kind, kinds.Keys));
        foreach (var (kind, count) in kinds)
            Assert.True(byKind.GetValueOrDefault(kind) >= count, $"{kind}: {byKind.GetValueOrDefault(kind)} < {count}");

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
        Assert.All(docs.Select(d => d.ToDocument()), d => Assert.False(string.IsNullOrWhiteSpace(d.Body)));
    }
}
