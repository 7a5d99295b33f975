using System.Globalization;

namespace PolicyArchive.Bench.Archive;

/// <summary>Resident memory of another process, from /proc/PID/status (Linux only, like the benchmark).</summary>
public static class ProcessMemory
{
    /// <summary>Current resident set size in bytes (VmRSS).</summary>
    public static long ResidentBytes(int pid) => ReadKiB(pid, "VmRSS:") * 1024;

    /// <summary>Peak resident set size in bytes since the process started (VmHWM).</summary>
    public static long PeakResidentBytes(int pid) => ReadKiB(pid, "VmHWM:") * 1024;

    private static long ReadKiB(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // The process exited between two polls.
            return 0;
        }
    }
}
