using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Research;

/// <summary>The editors' app with the seeds ingested (their tags, dates and thesaurus), plus a dated set of documents
/// that share one invented word, added through the real form: 3 from 2023, 4 from 2024 and 5 from 2025 (2 in March,
/// 2 in May, 1 with the year only), so results span two pages and the timeline has something to show.</summary>
public sealed class ResearchAppFactory : EditorsAppFactory
{
    public const string Word = "zorblatique";

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Archive:IngestSeedsAtStart"] = "true";
            return settings;
        }
    }

    public static readonly string[] Dates = ["2023", "2023-02", "2023-11-05", "2024", "2024-01", "2024-06", "2024-06-30", "2025-03", "2025-03-14", "2025-05", "2025-05-02", "2025"];

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _seeded;

    /// <summary>Adds the dated set once per factory; returns a logged-in editor.</summary>
    public async Task<HttpClient> EditorWithDatedSetAsync()
    {
        var client = await EditorSteps.LoggedInAsync(this);
        await _once.WaitAsync();
        try
        {
            if (_seeded) return client;
            for (var i = 0; i < Dates.Length; i++)
            {
                var fields = EditorSteps.Fields($"Note {i + 1} sur le {Word}", $"Le {Word} numéro {i + 1}. " + EditorSteps.UniqueBody(Word + i), "série datée");
                fields["Input.Date"] = Dates[i];
                fields["Input.Authors"] = "Jeanne Martin";
                var page = await PageForms.GetAsync(client, "/admin/documents/new");
                var response = await PageForms.SubmitAsync(client, page, "#save", fields);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"save answered {(int)response.StatusCode}");
            }
            _seeded = true;
            return client;
        }
        finally
        {
            _once.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _once.Dispose();
        base.Dispose(disposing);
    }
}
