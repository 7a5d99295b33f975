using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Tests.Indexing;

/// <summary>The reader of the change log never passes a number that may still commit (PostgreSQL hands numbers out before
/// commit), and passes one that never comes (a rolled-back transaction) only after waiting.</summary>
public sealed class ChangeLogGapsTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static List<ChangeLogEntry> Entries(params long[] sequences) => sequences.Select(s => new ChangeLogEntry { Sequence = s, Kind = "k" }).ToList();

    [Fact]
    public void A_contiguous_run_is_ready_at_once()
    {
        var gaps = new ChangeLogGaps(new Clock());
        Assert.Equal([4L, 5, 6], gaps.Ready(3, Entries(4, 5, 6)).Select(e => e.Sequence));
    }

    [Fact]
    public void Entries_after_a_gap_wait_until_the_gap_fills_and_a_gap_that_never_fills_is_passed_after_the_patience()
    {
        var clock = new Clock();
        var gaps = new ChangeLogGaps(clock) { Patience = TimeSpan.FromSeconds(10) };
        // 5 is still in flight: 4 is applied, 6 and 7 wait.
        Assert.Equal([4L], gaps.Ready(3, Entries(4, 6, 7)).Select(e => e.Sequence));
        clock.Now += TimeSpan.FromSeconds(3);
        Assert.Empty(gaps.Ready(4, Entries(6, 7)));
        // 5 commits: everything is ready, in order.
        Assert.Equal([5L, 6, 7], gaps.Ready(4, Entries(5, 6, 7)).Select(e => e.Sequence));

        // 9 never comes (rolled back): after the patience, 10 is applied and the gap counted.
        Assert.Empty(gaps.Ready(8, Entries(10)));
        clock.Now += TimeSpan.FromSeconds(11);
        Assert.Equal([10L], gaps.Ready(8, Entries(10)).Select(e => e.Sequence));
        Assert.Equal(1, gaps.PassedGaps);
    }
}
