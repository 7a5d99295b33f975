using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace PolicyArchive.Bench.Archive;

public sealed record LagSamples(IReadOnlyList<double> LagMs, IReadOnlyList<double> SaveMs, int Missed);

/// <summary>
/// Cross-node lag: an editor saves documents one after another through node A's admin form (logged in, antiforgery
/// token and all); after each save's answer, node B's /api/search is asked for the document's own made-up word every
/// <see cref="PollInterval"/> until it finds it. The lag is the time from A's answer to B's first hit, so it includes
/// the change log's notification, B's indexing and its searcher refresh, and up to one poll interval.
/// </summary>
public static class CrossNodeLag
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static async Task<LagSamples> RunAsync(Uri nodeA, Uri nodeB, int saves, CancellationToken cancellationToken)
    {
        using var editor = new FormClient(nodeA);
        await editor.LoginAsync(ArchiveApp.AdminEmail, ArchiveApp.AdminPassword, cancellationToken);
        using var reader = new HttpClient { BaseAddress = nodeB, Timeout = TimeSpan.FromSeconds(30) };
        var run = Guid.NewGuid().ToString("N")[..6];
        var lags = new List<double>(saves);
        var saveTimes = new List<double>(saves);
        var missed = 0;
        for (var i = 0; i < saves; i++)
        {
            var word = Word(run, i);
            var started = Stopwatch.GetTimestamp();
            using (var response = await editor.SubmitAsync("/admin/documents/new", "#save", Fields(word, i), cancellationToken))
            {
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"Save {i} on node A answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }

            var saved = Stopwatch.GetTimestamp();
            saveTimes.Add(Stopwatch.GetElapsedTime(started, saved).TotalMilliseconds);
            var found = false;
            while (Stopwatch.GetElapsedTime(saved) < Bound)
            {
                // As typed: the made-up word has no translation to look up, and B's index is what is asked.
                using var answer = JsonDocument.Parse(await reader.GetStringAsync($"/api/search?q={word}&pageSize=1&expand=false", cancellationToken));
                if (answer.RootElement.GetProperty("total").GetInt32() > 0)
                {
                    found = true;
                    break;
                }

                await Task.Delay(PollInterval, cancellationToken);
            }

            if (found)
            {
                lags.Add(Stopwatch.GetElapsedTime(saved).TotalMilliseconds);
            }
            else
            {
                missed++;
            }
        }

        return new LagSamples(lags, saveTimes, missed);
    }

    /// <summary>A made-up word of letters only (no analyzer splits it, no dictionary knows it), one per save.</summary>
    internal static string Word(string run, int index)
    {
        var letters = new char[8];
        var n = index;
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + (n % 26));
            n /= 26;
        }

        return "zqv" + new string(letters) + run.Where(char.IsLetter).Aggregate(string.Empty, (s, c) => s + c);
    }

    private static Dictionary<string, string> Fields(string word, int index) => new()
    {
        ["Input.Title"] = $"Note de suivi {word}",
        ["Input.Body"] = $"Note {word} sur les contrôles à l'exportation, numéro {index}. " +
            string.Join(' ', Enumerable.Range(0, 40).Select(j => $"{word}{(char)('a' + (j % 26))}{j}")) +
            $"\n\nDeuxième paragraphe : la note {word} suit la précédente et ne la répète pas.",
        ["Input.Language"] = "fr",
        ["Input.Authors"] = "Jeanne Martin",
        ["Input.Date"] = "2025-05",
        ["Input.Tags"] = string.Empty,
    };
}
