using System.Diagnostics;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Wall-clock time per ingestion phase, summed over batches: what a bulk import reports at its end, so
/// where the time goes is measured on every run rather than guessed.</summary>
public sealed class IngestionTimings
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Times the phase until the returned value is disposed.</summary>
    public Phase Measure(string phase) => new(this, phase, Stopwatch.GetTimestamp());

    public IReadOnlyList<(string Phase, double Milliseconds)> Phases
    {
        get
        {
            lock (_ticks) return [.. _order.Select(p => (p, Stopwatch.GetElapsedTime(0, _ticks[p]).TotalMilliseconds))];
        }
    }

    public override string ToString() => string.Join(", ", Phases.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Phase} {p.Milliseconds:F0} ms")));

    private void Add(string phase, long ticks)
    {
        lock (_ticks)
        {
            if (!_ticks.ContainsKey(phase)) _order.Add(phase);
            _ticks[phase] = _ticks.GetValueOrDefault(phase) + ticks;
        }
    }

    public readonly struct Phase(IngestionTimings owner, string name, long started) : IDisposable
    {
        public void Dispose() => owner?.Add(name, Stopwatch.GetTimestamp() - started);
    }
}
