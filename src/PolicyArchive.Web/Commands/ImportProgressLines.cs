using System.Diagnostics;
using System.Globalization;

namespace PolicyArchive.Web.Commands;

/// <summary>An import's progress as plain lines, for output that is no terminal (a CI log, a file): a line when it starts,
/// then at most one every <c>every</c> and one at the end, each with the files done, the rate and the time left. Each is
/// written in one call, so it stays a whole line between the log lines other threads write.</summary>
public sealed class ImportProgressLines
{
    private readonly int _total;
    private readonly TextWriter _output;
    private readonly TimeSpan _every;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Lock _gate = new();
    private long _lastPrinted;
    private int _done;

    public ImportProgressLines(int total, TextWriter output, TimeSpan every)
    {
        (_total, _output, _every) = (total, output, every);
        _lastPrinted = _started;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Importing {total:N0} files"));
    }

    /// <summary>Counts <paramref name="files"/> more as done; prints a line when the last one is old enough or all are done.</summary>
    public void Advance(int files)
    {
        lock (_gate)
        {
            _done += files;
            var now = Stopwatch.GetTimestamp();
            if (_done < _total && Stopwatch.GetElapsedTime(_lastPrinted, now) < _every) return;
            _lastPrinted = now;
            _output.WriteLine(Line(_done, _total, Stopwatch.GetElapsedTime(_started, now)));
        }
    }

    /// <summary>"Imported 120/1,000 files (12%), 35.2 files/s, about 25 s left".</summary>
    public static string Line(int done, int total, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var rate = done / seconds;
        var percent = total == 0 ? 100 : (int)(100L * done / total);
        var left = done >= total ? "done" : rate <= 0 ? "time left unknown" : "about " + Duration(TimeSpan.FromSeconds((total - done) / rate)) + " left";
        return string.Create(CultureInfo.InvariantCulture, $"Imported {done:N0}/{total:N0} files ({percent}%), {rate:F1} files/s, {left}");
    }

    private static string Duration(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes:D2} min")
        : t.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} min {t.Seconds:D2} s")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(t.TotalSeconds):F0} s");
}
