using System.Runtime.InteropServices;

namespace PolicyArchive.Bench.Measurement;

/// <param name="LoadAverageAtStart">1-minute load average when the run started: on a shared machine, how busy it already was.</param>
/// <param name="LoadAverageAtEnd">1-minute load average when the run ended.</param>
public sealed record MachineInfo(int ProcessorCount, string CpuModel, double MemoryGiB, string OperatingSystem, string Runtime, double LoadAverageAtStart, double LoadAverageAtEnd)
{
    public static MachineInfo Describe(double loadAverageAtStart) => new(
        Environment.ProcessorCount,
        ReadProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Math.Round(ParseKiB(ReadProcField("/proc/meminfo", "MemTotal")) / 1024.0 / 1024.0, 1),
        OsName(),
        RuntimeInformation.FrameworkDescription,
        loadAverageAtStart,
        LoadAverage());

    public static double LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static string OsName()
    {
        const string osRelease = "/etc/os-release";
        var pretty = File.Exists(osRelease)
            ? File.ReadLines(osRelease).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription} (kernel {Environment.OSVersion.Version})";
    }

    private static string? ReadProcField(string path, string field) =>
        File.Exists(path)
            ? File.ReadLines(path)
                .Where(l => l.StartsWith(field, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault()
            : null;

    private static double ParseKiB(string? value) =>
        value is null ? 0 : double.Parse(value.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
