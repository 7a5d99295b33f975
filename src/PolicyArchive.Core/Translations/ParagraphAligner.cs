namespace PolicyArchive.Core.Translations;

/// <summary>One row of a side-by-side view: consecutive paragraphs of the original facing consecutive paragraphs of the
/// translation (indexes from 0). Either side may be empty: a translator's commentary has no original, a cut paragraph no translation.</summary>
public sealed record AlignedRow(IReadOnlyList<int> Original, IReadOnlyList<int> Translation);

/// <summary>Aligns paragraphs by order and length, after Gale and Church (1993): a translated paragraph is about as long as
/// its original times the texts' overall length ratio, with a variance growing with the length; a dynamic programme picks
/// the cheapest sequence of 1–1, 1–0, 0–1, 2–1, 1–2 and 2–2 rows.</summary>
public static class ParagraphAligner
{
    // Gale & Church's variance per character and bead probabilities (1-1 is by far the commonest).
    private const double VariancePerChar = 6.8;
    private static readonly (int Original, int Translation, double Cost)[] Beads =
    [
        (1, 1, -Math.Log(0.89)),
        (1, 0, -Math.Log(0.0099 / 2)),
        (0, 1, -Math.Log(0.0099 / 2)),
        (2, 1, -Math.Log(0.089 / 2)),
        (1, 2, -Math.Log(0.089 / 2)),
        (2, 2, -Math.Log(0.011)),
    ];

    /// <summary>Re-estimations of the length ratio at most (two or three suffice in practice).</summary>
    private const int MaxPasses = 4;

    public static IReadOnlyList<AlignedRow> Align(IReadOnlyList<int> originalLengths, IReadOnlyList<int> translationLengths)
    {
        // Characters of translation per character of original. Taken from whole texts it is skewed by a translator's
        // commentary (seed 001 has pages of it), so it starts at 1 and is re-estimated from the paragraphs found facing each other.
        var ratio = 1.0;
        IReadOnlyList<AlignedRow> rows = [];
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            rows = AlignWith(originalLengths, translationLengths, ratio);
            var matched = rows.Where(r => r.Original.Count > 0 && r.Translation.Count > 0).ToList();
            double o = matched.Sum(r => r.Original.Sum(i => (double)originalLengths[i])), t = matched.Sum(r => r.Translation.Sum(i => (double)translationLengths[i]));
            if (o <= 0 || t <= 0 || Math.Abs(t / o - ratio) < 1e-9) break;
            ratio = t / o;
        }
        return rows;
    }

    private static IReadOnlyList<AlignedRow> AlignWith(IReadOnlyList<int> originalLengths, IReadOnlyList<int> translationLengths, double ratio)
    {
        int n = originalLengths.Count, m = translationLengths.Count;
        var cost = new double[n + 1, m + 1];
        var back = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0) continue;
                cost[i, j] = double.PositiveInfinity;
                back[i, j] = -1;
                for (var b = 0; b < Beads.Length; b++)
                {
                    var (di, dj, prior) = Beads[b];
                    if (di > i || dj > j) continue;
                    var before = cost[i - di, j - dj];
                    if (double.IsPositiveInfinity(before)) continue;
                    var lo = 0; for (var k = i - di; k < i; k++) lo += originalLengths[k];
                    var lt = 0; for (var k = j - dj; k < j; k++) lt += translationLengths[k];
                    var c = before + prior + LengthCost(lo, lt, ratio, di == 0 || dj == 0);
                    if (c < cost[i, j]) { cost[i, j] = c; back[i, j] = b; }
                }
            }
        }

        var rows = new List<AlignedRow>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var (di, dj, _) = Beads[back[i, j]];
            rows.Add(new AlignedRow(Enumerable.Range(i - di, di).ToList(), Enumerable.Range(j - dj, dj).ToList()));
            i -= di;
            j -= dj;
        }
        rows.Reverse();
        return rows;
    }

    /// <summary>-log of the probability that a translation of length <paramref name="translation"/> comes from an original
    /// of length <paramref name="original"/>. A paragraph facing nothing pays only its bead's prior.</summary>
    private static double LengthCost(int original, int translation, double ratio, bool unmatched)
    {
        if (unmatched) return 0;
        var mean = (original + translation / ratio) / 2.0;
        if (mean <= 0) return 0;
        var delta = (translation - original * ratio) / Math.Sqrt(mean * VariancePerChar);
        var p = 2 * (1 - NormalCdf(Math.Abs(delta)));
        return -Math.Log(Math.Max(p, 1e-12));
    }

    // Abramowitz & Stegun 26.2.17: enough precision for comparing costs.
    private static double NormalCdf(double x)
    {
        var t = 1 / (1 + 0.2316419 * x);
        var poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI) * poly;
    }
}
