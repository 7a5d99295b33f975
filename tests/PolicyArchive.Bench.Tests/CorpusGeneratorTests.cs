using PolicyArchive.Bench.Corpus;

namespace PolicyArchive.Bench.Tests;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_documents_and_another_seed_does_not()
    {
        var first = new CorpusGenerator(TestPaths.Seeds, seed: 7).CreateMany(20).ToList();
        var again = new CorpusGenerator(TestPaths.Seeds, seed: 7).CreateMany(20).ToList();
        var other = new CorpusGenerator(TestPaths.Seeds, seed: 8).CreateMany(20).ToList();

        Assert.Equal(first.Select(d => d.Body), again.Select(d => d.Body));
        Assert.Equal(first.Select(d => d.Title), again.Select(d => d.Title));
        Assert.NotEqual(first.Select(d => d.Body), other.Select(d => d.Body));
    }

    [Fact]
    public void Corpus_is_mostly_French_with_every_language_and_a_wide_length_range()
    {
        var documents = new CorpusGenerator(TestPaths.Seeds, seed: 1).CreateMany(1_000).ToList();

        var french = documents.Count(d => d.Language == Language.French);
        Assert.InRange(french, 600, 850);
        Assert.All(Language.All, l => Assert.Contains(documents, d => d.Language == l));
        Assert.Contains(documents, d => d.Language == Language.French && ContainsHan(d.Body));

        var wordCounts = documents.Where(d => d.Language != Language.Chinese && d.Language != Language.Japanese)
            .Select(d => d.Body.Split(' ').Length).ToList();
        Assert.True(wordCounts.Min() < 400, $"shortest document has {wordCounts.Min()} words");
        Assert.True(wordCounts.Max() > 5_000, $"longest document has {wordCounts.Max()} words");
        Assert.All(documents, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.NotEmpty(d.Authors);
            Assert.NotEmpty(d.Tags);
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", d.Date);
        });
    }

    [Fact]
    public void Corpus_file_round_trips_every_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bench-corpus-{Guid.NewGuid():N}.jsonl");
        try
        {
            var documents = new CorpusGenerator(TestPaths.Seeds, seed: 3).CreateMany(50).ToList();
            var stats = CorpusFile.Write(path, documents);
            var read = CorpusFile.Read(path).ToList();

            Assert.Equal(50, stats.Documents);
            Assert.Equal(50, File.ReadLines(path).Count());
            Assert.Equal(documents.Select(d => (d.Title, d.Body, d.Language, d.Publication, d.Date)), read.Select(d => (d.Title, d.Body, d.Language, d.Publication, d.Date)));
            Assert.Equal(documents.SelectMany(d => d.Authors.Concat(d.Tags)), read.SelectMany(d => d.Authors.Concat(d.Tags)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool ContainsHan(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
