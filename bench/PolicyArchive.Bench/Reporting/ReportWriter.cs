using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Reporting;

public static class ReportWriter
{
    public const string JsonFileName = "benchmarks.json";
    public const string MarkdownFileName = "benchmarks.md";
    public const string PlotsFolder = "benchmarks";

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes benchmarks.json, benchmarks.md and the SVG plots into <paramref name="directory"/>.</summary>
    public static void Write(BenchReport report, string directory, string? profileNotesPath = null)
    {
        var plots = Path.Combine(directory, PlotsFolder);
        Directory.CreateDirectory(plots);
        File.WriteAllText(Path.Combine(directory, JsonFileName), JsonSerializer.Serialize(report, JsonOptions));
        File.WriteAllText(Path.Combine(plots, "latency-by-size.svg"), SvgPlots.LatencyBySize(report));
        File.WriteAllText(Path.Combine(plots, "latency-by-class.svg"), SvgPlots.LatencyByClass(report));
        File.WriteAllText(Path.Combine(directory, MarkdownFileName), MarkdownReport.Render(report, PlotsFolder, profileNotesPath is not null && File.Exists(profileNotesPath) ? File.ReadAllText(profileNotesPath) : null));
    }
}
