using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_interpolate_between_ranks()
    {
        var summary = LatencySummary.From(Enumerable.Range(1, 101).Select(i => (double)i).Reverse().ToList());

        Assert.Equal(51, summary.MedianMs);
        Assert.Equal(91, summary.P90Ms);
        Assert.Equal(100, summary.P99Ms);
        Assert.Equal(1, summary.MinMs);
        Assert.Equal(101, summary.MaxMs);
        Assert.Equal(101, summary.Samples);
    }

    [Fact]
    public void No_samples_is_refused_rather_than_reported_as_zero() =>
        Assert.Throws<ArgumentException>(() => LatencySummary.From([]));
}
