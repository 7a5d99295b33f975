using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Indexing;

/// <summary>Guards the reader of the change log against numbers that commit out of order. A sequence number is handed out
/// when the entry is inserted, before its transaction commits: on a store with concurrent writers (PostgreSQL) entry 8 can be
/// visible while entry 7 is still in flight. The reader then stops before the gap and reads again; only a gap still open
/// after <see cref="Patience"/> is passed (a rolled-back transaction leaves a number that will never come).
/// On SQLite, writers are serialised and a rolled-back insert gives its number back, so there are no gaps.</summary>
public sealed class ChangeLogGaps(TimeProvider clock)
{
    private readonly Dictionary<long, DateTimeOffset> _firstSeen = [];

    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The leading run of <paramref name="entries"/> (ordered by sequence, all after <paramref name="cursor"/>) that can
    /// be applied now without skipping a number that may still commit.
    /// <paramref name="settledUpTo"/>: every number up to it is known to be committed or never to come (see
    /// <see cref="IInFlightTransactions"/>), so a gap below it is passed at once; with such a store, no gap is passed on time alone.</summary>
    public IReadOnlyList<ChangeLogEntry> Ready(long cursor, IReadOnlyList<ChangeLogEntry> entries, long settledUpTo = -1, bool patienceApplies = true)
    {
        var ready = new List<ChangeLogEntry>(entries.Count);
        var expected = cursor + 1;
        foreach (var e in entries)
        {
            if (e.Sequence != expected && e.Sequence - 1 <= settledUpTo)
            {
                PassedGaps++;
            }
            else if (e.Sequence != expected)
            {
                if (!patienceApplies) break;
                var now = clock.GetUtcNow();
                if (!_firstSeen.TryGetValue(expected, out var since)) _firstSeen[expected] = since = now;
                if (now - since < Patience) break;
                // Given up on: every number from expected to this one is passed.
                foreach (var k in _firstSeen.Keys.Where(k => k < e.Sequence).ToList()) _firstSeen.Remove(k);
                PassedGaps++;
            }
            ready.Add(e);
            expected = e.Sequence + 1;
        }
        return ready;
    }

    /// <summary>How many gaps were passed after waiting (for the log and the tests).</summary>
    public int PassedGaps { get; private set; }
}
