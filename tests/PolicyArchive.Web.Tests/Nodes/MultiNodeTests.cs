using System.Net;
using Npgsql;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;
using Xunit.Abstractions;

namespace PolicyArchive.Web.Tests.Nodes;

/// <summary>Three real node processes on one real PostgreSQL, as scripts/cluster.sh runs them: writes on one node reach the
/// others' own indexes, logins are valid everywhere, a crashed or new node catches up, a database restart is survived,
/// and entries committed out of sequence order are never skipped. Runs once (scripts/test.sh leaves it out of the
/// PostgreSQL run of this project, which would only repeat it).</summary>
[Trait("Category", "Nodes")]
public sealed class MultiNodeTests(NodeCluster cluster, ITestOutputHelper output) : IClassFixture<NodeCluster>
{
    // Generous bound for a loaded CI machine; the measured lag is written to the test output (and docs/benchmarks.md).
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    private NodeProcess A => cluster.Nodes[0];
    private NodeProcess B => cluster.Nodes[1];
    private NodeProcess C => cluster.Nodes[2];

    [Fact]
    public async Task A_document_saved_on_one_node_is_found_on_the_others_and_a_login_on_one_is_valid_on_all()
    {
        using var editor = await LoggedInAsync(A);
        using var reader = new HttpClient();
        var word = Word("crossnode");
        // B's feed is in its page cache before the save; the change made on A must evict it there too.
        Assert.DoesNotContain(word, await reader.GetStringAsync(B.BaseUrl + "/feeds/atom"));
        await SaveAsync(editor, A, $"Note {word}");
        foreach (var other in new[] { B, C })
        {
            var took = await NodeCluster.WaitForTotalAsync(other, word, 1, s_bound);
            Assert.True(took is not null, $"node {other.Name} never found the document saved on {A.Name}");
            output.WriteLine($"saved on {A.Name}, found on {other.Name} after {took!.Value.TotalMilliseconds:F0} ms");
        }
        var feedUpdated = false;
        for (var i = 0; i < 100 && !feedUpdated; i++)
        {
            feedUpdated = (await reader.GetStringAsync(B.BaseUrl + "/feeds/atom")).Contains(word, StringComparison.Ordinal);
            if (!feedUpdated) await Task.Delay(100);
        }
        Assert.True(feedUpdated, "node B's feed still served the cached copy from before the change made on node A");

        // The cookie node A issued, and nothing else, opens the admin pages of B and C.
        var cookie = CookiesOf(editor, A).GetCookies(new Uri(A.BaseUrl))["pa_auth"];
        Assert.NotNull(cookie);
        foreach (var other in new[] { B, C })
        {
            using var bare = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, other.BaseUrl + "/admin/documents/new");
            request.Headers.Add("Cookie", $"pa_auth={cookie!.Value}");
            var response = await bare.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_node_killed_during_a_stream_of_saves_catches_up_and_a_node_started_later_builds_its_index()
    {
        using var editor = await LoggedInAsync(A);
        var word = Word("stream");
        const int saves = 16;
        for (var i = 0; i < saves; i++)
        {
            if (i == 4) C.KillHard();
            await SaveAsync(editor, A, $"Flux {word} {i}");
        }
        Assert.Equal(saves, await cluster.StoreCountAsync(word));

        C.Start();
        await C.WaitReadyAsync();
        Assert.Equal(saves, await NodeCluster.SearchTotalAsync(C, word));

        using var late = cluster.NewNode("d");
        late.Start();
        await late.WaitReadyAsync();
        Assert.Equal(saves, await NodeCluster.SearchTotalAsync(late, word));
        Assert.True(Directory.EnumerateFileSystemEntries(late.DataDirectory, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Concurrent_writers_on_two_nodes_lose_no_change_on_any_node()
    {
        using var onA = await LoggedInAsync(A);
        using var onB = await LoggedInAsync(B);
        var word = Word("concurrent");
        const int each = 8;
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < each; i++) await SaveAsync(onA, A, $"Parallèle {word} a{i}"); }),
            Task.Run(async () => { for (var i = 0; i < each; i++) await SaveAsync(onB, B, $"Parallèle {word} b{i}"); }));
        Assert.Equal(2 * each, await cluster.StoreCountAsync(word));
        foreach (var node in cluster.Nodes)
            Assert.True(await NodeCluster.WaitForTotalAsync(node, word, 2 * each, s_bound) is not null, $"node {node.Name} lost a change");
    }

    [Fact]
    public async Task Entries_committed_out_of_sequence_order_are_never_skipped()
    {
        using var editor = await LoggedInAsync(A);
        var first = EditorSteps.IdOf(await SaveAsync(editor, A, $"Premier {Word("seed")}"));
        var second = EditorSteps.IdOf(await SaveAsync(editor, A, $"Second {Word("seed")}"));
        var late = Word("late");
        var early = Word("early");
        var after = Word("after");

        await using var one = new NpgsqlConnection(cluster.ConnectionString);
        await using var two = new NpgsqlConnection(cluster.ConnectionString);
        await one.OpenAsync();
        await two.OpenAsync();

        // Transaction one takes its number first and commits last.
        await using var slow = await one.BeginTransactionAsync();
        var slowNumber = await RetitleAsync(one, slow, first, $"Premier {late}");
        await using (var fast = await two.BeginTransactionAsync())
        {
            var fastNumber = await RetitleAsync(two, fast, second, $"Second {early}");
            Assert.True(fastNumber > slowNumber);
            await fast.CommitAsync();
        }
        // The later number is committed and visible while the earlier one is still open: every node holds its cursor below
        // the open number (it neither passes over it nor jumps ahead of it), however long the transaction stays open.
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var node in cluster.Nodes)
            Assert.True(await AppliedAsync(node) < slowNumber, $"node {node.Name} went past a number still in flight");
        await slow.CommitAsync();
        foreach (var node in cluster.Nodes)
        {
            var took = await NodeCluster.WaitForTotalAsync(node, late, 1, s_bound);
            Assert.True(took is not null, $"node {node.Name} skipped the change that committed out of order");
            Assert.Equal(1, await NodeCluster.SearchTotalAsync(node, early));
            output.WriteLine($"{node.Name}: the out-of-order change was searchable {took!.Value.TotalMilliseconds:F0} ms after its commit");
        }

        // A number whose transaction rolls back never comes: the change after it is not held up for long.
        await using (var abandoned = await one.BeginTransactionAsync())
        {
            await RetitleAsync(one, abandoned, first, $"Premier {Word("never")}");
            await using (var next = await two.BeginTransactionAsync())
            {
                await RetitleAsync(two, next, second, $"Second {after}");
                await next.CommitAsync();
            }
            await abandoned.RollbackAsync();
        }
        foreach (var node in cluster.Nodes)
        {
            var took = await NodeCluster.WaitForTotalAsync(node, after, 1, s_bound);
            Assert.True(took is not null, $"node {node.Name} never passed the rolled-back number");
            output.WriteLine($"{node.Name}: the change after a rolled-back number was searchable after {took!.Value.TotalMilliseconds:F0} ms");
        }
    }

    [Fact]
    public async Task PostgreSQL_restarted_under_running_nodes_searches_keep_answering_writes_fail_clearly_then_work_again()
    {
        using var editor = await LoggedInAsync(A);
        var before = Word("before");
        await SaveAsync(editor, A, $"Avant {before}");
        Assert.True(await NodeCluster.WaitForTotalAsync(B, before, 1, s_bound) is not null);
        var form = await PageForms.GetAsync(editor, A.BaseUrl + "/admin/documents/new");

        cluster.StopPostgres();
        try
        {
            foreach (var node in new[] { A, B }) Assert.Equal(1, await NodeCluster.SearchTotalAsync(node, before));
            var refused = await PageForms.SubmitAsync(editor, form, "#save", EditorSteps.Fields($"Pendant {Word("during")}", EditorSteps.UniqueBody("panne")));
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("Nothing was saved", page);
            Assert.Contains("database server cannot be reached", page);
            using var http = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(A.BaseUrl + "/healthz")).StatusCode);
        }
        finally
        {
            cluster.StartPostgres();
        }

        // No node restarts: the next saves work once the server is back (the first may still meet a connection it broke).
        var afterWord = Word("back");
        HttpResponseMessage? saved = null;
        for (var attempt = 0; attempt < 20 && saved?.StatusCode != HttpStatusCode.Redirect; attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            var again = await PageForms.GetAsync(editor, A.BaseUrl + "/admin/documents/new", expected: HttpStatusCode.OK);
            saved = await PageForms.SubmitAsync(editor, again, "#save", EditorSteps.Fields($"Après {afterWord}", EditorSteps.UniqueBody("retour")));
            Assert.NotEqual(HttpStatusCode.InternalServerError, saved.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, saved!.StatusCode);
        foreach (var node in cluster.Nodes)
            Assert.True(await NodeCluster.WaitForTotalAsync(node, afterWord, 1, s_bound) is not null, $"node {node.Name} did not follow after the restart");
    }

    private static async Task<long> AppliedAsync(NodeProcess node)
    {
        using var http = new HttpClient();
        var health = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(http, node.BaseUrl + "/healthz");
        return health.GetProperty("applied").GetInt64();
    }

    private static string Word(string stem) => stem + Guid.NewGuid().ToString("N")[..10];

    private static async Task<long> RetitleAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string publicId, string title)
    {
        await using (var update = new NpgsqlCommand("UPDATE \"Documents\" SET \"Title\" = @t WHERE \"PublicId\" = @id", connection, tx))
        {
            update.Parameters.AddWithValue("t", title);
            update.Parameters.AddWithValue("id", publicId);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        await using var log = new NpgsqlCommand(
            "INSERT INTO \"ChangeLog\" (\"At\", \"Kind\", \"Documents\") VALUES (now(), 'document.update', @id) RETURNING \"Sequence\"", connection, tx);
        log.Parameters.AddWithValue("id", publicId);
        return (long)(await log.ExecuteScalarAsync())!;
    }

    private static readonly Dictionary<HttpClient, CookieContainer> s_cookies = [];

    private static CookieContainer CookiesOf(HttpClient client, NodeProcess _) => s_cookies[client];

    private static async Task<HttpClient> LoggedInAsync(NodeProcess node)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(node.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        lock (s_cookies) s_cookies[client] = cookies;
        await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        return client;
    }

    private static async Task<string> SaveAsync(HttpClient client, NodeProcess node, string title) =>
        await EditorSteps.AddByPasteAsync(client, title, EditorSteps.UniqueBody(title));
}
