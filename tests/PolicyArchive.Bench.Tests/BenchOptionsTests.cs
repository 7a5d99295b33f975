using PolicyArchive.Bench.Archive;

namespace PolicyArchive.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Full_run_measures_the_sizes_the_targets_name_and_the_archive_on_PostgreSQL_at_20000()
    {
        var options = BenchOptions.Parse([], TestPaths.RepositoryRoot);

        Assert.Equal([1_000, 20_000, 100_000], options.Sizes);
        Assert.Equal(20_000, options.PostgresArchiveSize);
        Assert.Equal(100, options.LagSaves);
    }

    [Fact]
    public void Sizes_without_20000_put_the_archive_on_PostgreSQL_at_the_largest_size_below_it()
    {
        Assert.Equal(10_000, BenchOptions.Parse(["--sizes", "1000,10000,100000"], TestPaths.RepositoryRoot).PostgresArchiveSize);
        Assert.Equal(5_000, BenchOptions.Parse(["--sizes", "5000"], TestPaths.RepositoryRoot).PostgresArchiveSize);
        Assert.Equal(0, BenchOptions.Parse(["--pg-archive-size", "0"], TestPaths.RepositoryRoot).PostgresArchiveSize);
    }

    [Fact]
    public void Each_save_of_the_lag_test_has_its_own_word_of_letters_only()
    {
        var words = Enumerable.Range(0, 1_000).Select(i => CrossNodeLag.Word("a1b2c3", i)).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, w => Assert.True(w.All(char.IsAsciiLetterLower), w));
    }
}

public sealed class ImportPhasesTests
{
    [Fact]
    public void Phases_of_every_batch_line_are_summed_in_first_seen_order()
    {
        var phases = ArchiveImporter.SumPhases(
        [
            "[17:55:42 INF] Imported 20 files in 8.0 s (2 per second); time by phase: read 978 ms, near-duplicates 333 ms; garbage collections 15/7/5",
            "[17:55:43 INF] Indexed 20 documents",
            "[17:55:44 INF] Imported 20 files in 2.5 s (8 per second); time by phase: read 1 ms, index 1505 ms, near-duplicates 1 ms; garbage collections 16/8/5",
        ]);

        Assert.Equal([new PhaseTime("read", 979), new PhaseTime("near-duplicates", 334), new PhaseTime("index", 1505)], phases);
    }
}
