using System.Diagnostics;
using System.Globalization;

using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Queries;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Bench.Translation;

/// <summary>`--translation [N]`: what query translation costs. One generated corpus indexed in process, the seeds'
/// thesaurus loaded, and the standard query mix plus cross-language queries the thesaurus does not name, searched
/// (top 10, facets, snippets, exact total) as typed only, with the thesaurus alone, and with thesaurus and dictionaries;
/// then each query apart (<see cref="QueryCost"/>). The index is merged down as the app's is after an import.</summary>
public static class TranslationBench
{
    private static readonly string[] s_crossLanguage =
        ["smuggling", "training data", "electricity consumption", "走私", "人脸识别", "学習データ", "subsidies foundries", "contrebande puces"];

    public static int Run(string repositoryRoot, int documents, int repetitions, Action<string> log)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"policyarchive-translation-{Environment.ProcessId}");
        try
        {
            var clock = Stopwatch.StartNew();
            var generator = new CorpusGenerator(Path.Combine(repositoryRoot, "seeds"), BenchOptions.DefaultSeed);
            using var index = new ArchiveIndex(directory);
            var id = 0;
            var indexed = new List<Document>(documents);
            foreach (var batch in generator.CreateMany(documents).Chunk(1_000))
            {
                var mapped = batch.Select(d => ToDocument(d, id++)).ToList();
                indexed.AddRange(mapped);
                index.Upsert(mapped);
                index.Commit();
            }
            // As the app leaves its index after an import or a rebuild: a search pays per segment for every term it looks up.
            index.Compact();
            var indexBytes = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            log(string.Create(CultureInfo.InvariantCulture, $"{documents:N0} documents indexed in {clock.Elapsed.TotalSeconds:F0} s, {indexBytes / 1e6:F1} MB on disk"));

            var thesaurus = new ThesaurusCache(index);
            thesaurus.Replace(ThesaurusFile.Load(Path.Combine(repositoryRoot, "seeds", "thesaurus.json")).Concepts);
            clock.Restart();
            var lexicon = CrossLanguageLexicon.Shared;
            log($"lexicon: {lexicon.Count:N0} entries loaded in {clock.ElapsedMilliseconds} ms");

            var bodies = new InMemoryDocumentBodies(indexed);
            var queries = QuerySet.Standard.Select(q => q.Text).Concat(s_crossLanguage).ToList();
            var configurations = new (string Name, SearchService Service, bool Expand)[]
            {
                ("as typed (switch off)", new SearchService(index, bodies, thesaurus, lexicon), false),
                ("thesaurus only", new SearchService(index, bodies, thesaurus, CrossLanguageLexicon.Empty), true),
                ("thesaurus + dictionaries", new SearchService(index, bodies, thesaurus, lexicon), true),
            };
            log("| configuration | queries | median ms | p90 ms | p99 ms | cross-language queries' median ms |");
            log("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, service, expand) in configurations)
            {
                foreach (var q in queries) service.Search(new SearchRequest(q, 1, 10, ExpandThesaurus: expand));
                var all = new List<double>();
                var cross = new List<double>();
                for (var r = 0; r < repetitions; r++)
                {
                    foreach (var q in queries)
                    {
                        var start = Stopwatch.GetTimestamp();
                        service.Search(new SearchRequest(q, 1, 10, ExpandThesaurus: expand));
                        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        all.Add(ms);
                        if (s_crossLanguage.Contains(q)) cross.Add(ms);
                    }
                }
                log(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {queries.Count} × {repetitions} | {Percentile(all, 0.5):F2} | {Percentile(all, 0.9):F2} | {Percentile(all, 0.99):F2} | {Percentile(cross, 0.5):F2} |"));
            }

            log(string.Create(CultureInfo.InvariantCulture, $"phrase matches remembered after every configuration's searches: {PhraseMatches.RememberedCount:N0} (those asked for longest ago forgotten past {PhraseMatches.MaxRemembered:N0})"));

            using (var lease = index.Acquire())
            {
                log(string.Create(CultureInfo.InvariantCulture, $"concept matches remembered after every configuration's searches: {ConceptScores.RememberedCount(lease.Searcher.IndexReader):N0} (those asked for longest ago forgotten past {ConceptScores.MaxRemembered:N0})"));
            }

            // The figures above search phrases and concepts already read (each query is asked once before it is timed, and
            // again 20 times): the first search of a query whose phrases and concepts no earlier search read costs this much.
            var deployed = configurations[^1].Service;
            var cold = queries.Select(q =>
            {
                PhraseMatches.Forget();
                ConceptScores.Forget();
                var start = Stopwatch.GetTimestamp();
                deployed.Search(new SearchRequest(q, 1, 10));
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }).ToList();
            log(string.Create(CultureInfo.InvariantCulture,
                $"thesaurus + dictionaries, nothing remembered (each query first, phrases and concepts forgotten before it): median {Percentile(cold, 0.5):F2} ms, p90 {Percentile(cold, 0.9):F2} ms; phrase matches remembered after the last: {PhraseMatches.RememberedCount:N0}"));

            QueryCost.Log(index, thesaurus, lexicon, queries, (configurations[0].Service, configurations[0].Expand),
                (configurations[^1].Service, configurations[^1].Expand), repetitions, log);

            // What a page's hits cost beyond ranking (stored fields and snippets): each query for a page of one hit and of
            // ten, alternated, as deployed; the difference is nine hits' share.
            var nineHits = new List<double>();
            for (var r = 0; r < repetitions; r++)
            {
                foreach (var q in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    deployed.Search(new SearchRequest(q, 1, 1));
                    var one = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    start = Stopwatch.GetTimestamp();
                    deployed.Search(new SearchRequest(q, 1, 10));
                    nineHits.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds - one);
                }
            }
            log(string.Create(CultureInfo.InvariantCulture,
                $"nine more hits on a page (stored fields, snippets), thesaurus + dictionaries: median {Percentile(nineHits, 0.5):F2} ms, mean {nineHits.Average():F2} ms"));

            // The translation step alone: lexicon lookups and segmentation, without searching.
            var translate = new List<double>();
            foreach (var q in queries)
            {
                var start = Stopwatch.GetTimestamp();
                foreach (var word in q.Split(' ')) _ = lexicon.Translate(word.Trim('"'));
                translate.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            log(string.Create(CultureInfo.InvariantCulture, $"lexicon lookups per query: median {Percentile(translate, 0.5):F3} ms"));
            return 0;
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Nearest rank, as every figure this command has printed (docs/search.md).</summary>
    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static Document ToDocument(BenchDocument d, int i) => new()
    {
        PublicId = "b" + i.ToString(CultureInfo.InvariantCulture),
        Slug = "b" + i.ToString(CultureInfo.InvariantCulture),
        Title = d.Title,
        Body = d.Body,
        Language = d.Language,
        Publication = d.Publication,
        PublishedDate = new PartialDate(d.Year, null, null),
        Authors = d.Authors.Select((a, n) => new DocumentAuthor { Name = a, Position = n }).ToList(),
        Tags = d.Tags.Select(t => new DocumentTag { Tag = new Tag { Name = t, Slug = t.ToLowerInvariant().Replace(' ', '-') } }).ToList(),
        UpdatedAt = DateTime.UtcNow,
    };
}
