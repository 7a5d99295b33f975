using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Tests.Indexing;

/// <summary>With a store that knows its running transactions (PostgreSQL), a gap is never passed on time alone, and is
/// passed at once when every number below is settled (committed and read, or rolled back).</summary>
public sealed class ChangeLogGapsSettledTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static List<ChangeLogEntry> Entries(params long[] sequences) => sequences.Select(s => new ChangeLogEntry { Sequence = s, Kind = "k" }).ToList();

    [Fact]
    public void A_gap_held_by_a_long_transaction_is_not_passed_however_long_it_stays_open()
    {
        var clock = new Clock();
        var gaps = new ChangeLogGaps(clock) { Patience = TimeSpan.FromSeconds(10) };
        Assert.Equal([4L], gaps.Ready(3, Entries(4, 6), patienceApplies: false).Select(e => e.Sequence));
        clock.Now += TimeSpan.FromMinutes(30);
        Assert.Empty(gaps.Ready(4, Entries(6), patienceApplies: false));
        Assert.Equal(0, gaps.PassedGaps);
    }

    [Fact]
    public void A_gap_below_the_settled_number_is_passed_at_once_and_one_above_it_waits()
    {
        var gaps = new ChangeLogGaps(new Clock());
        // 5 rolled back (settled up to 6); 8 is still open, so 9 waits.
        Assert.Equal([4L, 6, 7], gaps.Ready(3, Entries(4, 6, 7, 9), settledUpTo: 6, patienceApplies: false).Select(e => e.Sequence));
        Assert.Equal(1, gaps.PassedGaps);
    }
}
