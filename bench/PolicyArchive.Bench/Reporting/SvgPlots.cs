using System.Globalization;
using System.Text;
using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Reporting;

/// <summary>
/// The two plots, as hand-written SVG: ScottPlot restores here but pulls SkiaSharp/HarfBuzz native packages whose
/// version mismatch warnings (NU1603) would fail this warnings-as-errors build, for two simple charts.
/// Both use a log latency axis because the engines differ by orders of magnitude.
/// </summary>
public static class SvgPlots
{
    private const int Width = 820;
    private const int Height = 420;
    private const int Left = 70;
    private const int Right = 240;
    private const int Top = 40;
    private const int Bottom = 70;
    private static readonly string[] Colors = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"];

    /// <summary>Median (solid) and p99 (dashed) latency against corpus size, one colour per engine.</summary>
    public static string LatencyBySize(BenchReport report)
    {
        var engines = EngineNames(report);
        var sizes = report.Sizes.Select(s => (double)s.Documents).ToList();
        var values = report.Sizes.SelectMany(s => s.Engines).SelectMany(e => new[] { e.Overall.MedianMs, e.Overall.P99Ms }).ToList();
        var y = new LogAxis(values.Min(), values.Max(), Top, Height - Bottom);
        var x = sizes.Count > 1 ? new LogAxis(sizes.Min(), sizes.Max(), Left + 20, Width - Right - 20, invert: false) : null;
        var svg = Begin("Search latency against corpus size (all query classes)");
        YAxis(svg, y, "latency (ms, log)");
        foreach (var size in sizes)
        {
            var px = x?.Map(size) ?? (Left + Width - Right) / 2.0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{px:F0}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{size:N0}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 25}\" text-anchor=\"middle\">documents (log)</text>");
        for (var e = 0; e < engines.Count; e++)
        {
            var points = report.Sizes
                .Select(s => (Size: (double)s.Documents, Result: s.Engines.FirstOrDefault(r => r.Engine == engines[e])))
                .Where(p => p.Result is not null)
                .ToList();
            foreach (var (selector, dash) in new (Func<EngineResult, double>, string)[] { (r => r.Overall.MedianMs, string.Empty), (r => r.Overall.P99Ms, " stroke-dasharray=\"5,4\"") })
            {
                var coordinates = points.Select(p => $"{(x?.Map(p.Size) ?? (Left + Width - Right) / 2.0):F1},{y.Map(selector(p.Result!)):F1}").ToList();
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Colors[e % Colors.Length]}\" stroke-width=\"2\"{dash} points=\"{string.Join(' ', coordinates)}\"/>");
                foreach (var c in coordinates)
                {
                    var xy = c.Split(',');
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{Colors[e % Colors.Length]}\"/>");
                }
            }
        }

        Legend(svg, engines, "solid: median, dashed: p99");
        return End(svg);
    }

    /// <summary>Per query class at the largest size: a bar to the median, a whisker to p99, a tick at p90.</summary>
    public static string LatencyByClass(BenchReport report)
    {
        var largest = report.Sizes[^1];
        var engines = largest.Engines.Select(e => e.Engine).ToList();
        var classes = largest.Engines[0].Classes.Select(c => c.Class).ToList();
        var values = largest.Engines.SelectMany(e => e.Classes).SelectMany(c => new[] { c.Latency.MinMs, c.Latency.P99Ms }).ToList();
        var y = new LogAxis(values.Min(), values.Max(), Top, Height - Bottom);
        var svg = Begin($"Latency per query class at N = {largest.Documents:N0}");
        YAxis(svg, y, "latency (ms, log)");
        var groupWidth = (Width - Left - Right) / (double)classes.Count;
        var barWidth = (groupWidth - 10) / engines.Count;
        for (var c = 0; c < classes.Count; c++)
        {
            var groupX = Left + (c * groupWidth) + 5;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{groupX + (groupWidth / 2) - 5:F0}\" y=\"{Height - Bottom + 14}\" text-anchor=\"end\" transform=\"rotate(-30 {groupX + (groupWidth / 2) - 5:F0} {Height - Bottom + 14})\" font-size=\"11\">{classes[c]}</text>");
            for (var e = 0; e < engines.Count; e++)
            {
                var latency = largest.Engines[e].Classes.First(r => r.Class == classes[c]).Latency;
                var bx = groupX + (e * barWidth);
                var top = y.Map(latency.MedianMs);
                var color = Colors[e % Colors.Length];
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{bx:F1}\" y=\"{top:F1}\" width=\"{barWidth - 2:F1}\" height=\"{Height - Bottom - top:F1}\" fill=\"{color}\" fill-opacity=\"0.7\"/>");
                var mid = bx + ((barWidth - 2) / 2);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{mid:F1}\" x2=\"{mid:F1}\" y1=\"{top:F1}\" y2=\"{y.Map(latency.P99Ms):F1}\" stroke=\"#333\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{mid - 4:F1}\" x2=\"{mid + 4:F1}\" y1=\"{y.Map(latency.P90Ms):F1}\" y2=\"{y.Map(latency.P90Ms):F1}\" stroke=\"#333\"/>");
            }
        }

        Legend(svg, engines, "bar: median, tick: p90, top: p99");
        return End(svg);
    }

    private static List<string> EngineNames(BenchReport report) =>
        report.Sizes.SelectMany(s => s.Engines).Select(e => e.Engine).Distinct().ToList();

    private static StringBuilder Begin(string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/><text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{title}</text>");
        return svg;
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static void YAxis(StringBuilder svg, LogAxis y, string label)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom}\" stroke=\"#333\"/>");
        foreach (var tick in y.Ticks())
        {
            var py = y.Map(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{py:F1}\" y2=\"{py:F1}\" stroke=\"#ddd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{py + 4:F1}\" text-anchor=\"end\">{tick.ToString("G4", CultureInfo.InvariantCulture)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{(Top + Height - Bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {(Top + Height - Bottom) / 2})\">{label}</text>");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> engines, string note)
    {
        var lx = Width - Right + 15;
        for (var e = 0; e < engines.Count; e++)
        {
            var ly = Top + 10 + (e * 20);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly - 9}\" width=\"12\" height=\"12\" fill=\"{Colors[e % Colors.Length]}\"/><text x=\"{lx + 18}\" y=\"{ly + 1}\">{engines[e]}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx}\" y=\"{Top + 20 + (engines.Count * 20)}\" font-size=\"10\">{note}</text>");
    }

    /// <summary>Maps values onto pixels on a log10 scale spanning whole decades around the data.</summary>
    private sealed class LogAxis(double min, double max, double pixelStart, double pixelEnd, bool invert = true)
    {
        private readonly double _lowDecade = Math.Floor(Math.Log10(Math.Max(min, 1e-3)));
        private readonly double _highDecade = Math.Max(Math.Ceiling(Math.Log10(Math.Max(max, 1e-3))), Math.Floor(Math.Log10(Math.Max(min, 1e-3))) + 1);

        public double Map(double value)
        {
            var fraction = (Math.Log10(Math.Max(value, 1e-3)) - _lowDecade) / (_highDecade - _lowDecade);
            return invert ? pixelEnd - (fraction * (pixelEnd - pixelStart)) : pixelStart + (fraction * (pixelEnd - pixelStart));
        }

        public IEnumerable<double> Ticks()
        {
            for (var decade = _lowDecade; decade <= _highDecade; decade++)
            {
                yield return Math.Pow(10, decade);
            }
        }
    }
}
