namespace PolicyArchive.Bench.Measurement;

public sealed record LatencySummary(int Samples, double MedianMs, double P90Ms, double P99Ms, double MeanMs, double MinMs, double MaxMs)
{
    public static LatencySummary From(IReadOnlyCollection<double> samplesMs)
    {
        if (samplesMs.Count == 0)
        {
            throw new ArgumentException("No latency samples to summarise.", nameof(samplesMs));
        }

        var sorted = samplesMs.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.90),
            Percentile(sorted, 0.99),
            sorted.Average(),
            sorted[0],
            sorted[^1]);
    }

    /// <summary>Linear interpolation between closest ranks, so small sample counts still give distinct p90/p99.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
