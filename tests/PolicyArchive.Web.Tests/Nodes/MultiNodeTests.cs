using System.Net;
using System.Reflection;
using Npgsql;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;
using Xunit.Abstractions;

namespace PolicyArchive.Web.Tests.Nodes;

/// <summary>Three real node processes on one real PostgreSQL behind nginx, as scripts/cluster.sh runs them: they migrate and
/// seed once, writes on one node reach the others' own indexes (near-duplicate checks included), logins are valid
/// everywhere, nginx spreads requests and passes over a dead node, a crashed or new node catches up, a database restart
/// is survived, and entries committed out of sequence order are never skipped. Runs once (scripts/test.sh leaves it out of the
/// PostgreSQL run of this project, which would only repeat it).</summary>
[Trait("Category", "Nodes")]
public sealed class MultiNodeTests(NodeCluster cluster, ITestOutputHelper output) : IClassFixture<NodeCluster>, IAsyncLifetime
{
    // Generous bound for a loaded CI machine; the measured lag is written to the test output (and docs/benchmarks.md).
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    /// <summary>Every test starts with the three nodes up, whatever the test before it did.</summary>
    public async Task InitializeAsync()
    {
        foreach (var node in cluster.Nodes) await node.EnsureRunningAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

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
    public async Task Saves_on_every_node_are_found_on_the_other_two_and_the_lag_is_reported()
    {
        var editors = new List<HttpClient>();
        foreach (var node in cluster.Nodes) editors.Add(await LoggedInAsync(node));
        var lags = new List<double>();
        const int rounds = 4;
        for (var i = 0; i < rounds * cluster.Nodes.Count; i++)
        {
            var writer = cluster.Nodes[i % cluster.Nodes.Count];
            var word = Word("lag");
            await SaveAsync(editors[i % cluster.Nodes.Count], writer, $"Délai {word}");
            // Timed from the save's answer: the other nodes are asked together, as readers would.
            var found = await Task.WhenAll(cluster.Nodes.Where(n => n != writer).Select(n => NodeCluster.WaitForTotalAsync(n, word, 1, s_bound)));
            Assert.All(found, took => Assert.True(took is not null, $"a save on node {writer.Name} never reached another node"));
            lags.AddRange(found.Select(t => t!.Value.TotalMilliseconds));
        }
        foreach (var editor in editors) editor.Dispose();
        lags.Sort();
        var median = lags.Count % 2 == 1 ? lags[lags.Count / 2] : (lags[lags.Count / 2 - 1] + lags[lags.Count / 2]) / 2;
        // The issue's target is 2 s; timings on a shared CI machine are noisy, so the figure is reported, not asserted.
        output.WriteLine($"cross-node lag (save answered on one node -> first search hit on another), {lags.Count} pairs over " +
            $"{rounds * cluster.Nodes.Count} saves: median {median:F0} ms, max {lags[^1]:F0} ms, min {lags[0]:F0} ms");
    }

    [Fact]
    public async Task Through_nginx_requests_reach_every_node_a_login_holds_on_each_and_a_killed_node_is_passed_over()
    {
        Assert.True(cluster.Front is not null, "nginx is not installed (scripts/test.sh installs Debian's nginx)");
        var front = cluster.Front!.BaseUrl;
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

        // Readers are spread over all three nodes (deploy/nginx.conf: round robin, no stickiness).
        var answered = new HashSet<string>();
        for (var i = 0; i < 60 && answered.Count < 3; i++)
        {
            var response = await reader.GetAsync(front + "/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answered.Add(NodeOf(response));
        }
        Assert.Equal(["a", "b", "c"], answered.Order());

        // Logged in through nginx (the login page from one node, the form posted to another, perhaps): every node takes the cookie.
        using var editor = await LoggedInAsync(front);
        var admitted = new HashSet<string>();
        for (var i = 0; i < 60 && admitted.Count < 3; i++)
        {
            var response = await editor.GetAsync("/admin/documents/new");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"node {NodeOf(response)} answered {(int)response.StatusCode} to a login made through nginx");
            admitted.Add(NodeOf(response));
        }
        Assert.Equal(["a", "b", "c"], admitted.Order());
        var word = Word("nginx");
        await SaveThroughAsync(editor, $"Derrière nginx {word}");
        foreach (var node in cluster.Nodes)
            Assert.True(await NodeCluster.WaitForTotalAsync(node, word, 1, s_bound) is not null, $"node {node.Name} never found a save made through nginx");

        C.KillHard();
        var whileDown = Word("down");
        try
        {
            // nginx passes over the dead node: every request is answered, by the two others, saves included
            // (a refused connection is retried on the next node; a POST already sent to a node never is).
            for (var i = 0; i < 12; i++)
            {
                var response = await reader.GetAsync(front + "/search?q=" + word);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.NotEqual("c", NodeOf(response));
            }
            for (var i = 0; i < 3; i++) await SaveThroughAsync(editor, $"Pendant l'arrêt {whileDown} {i}");
        }
        finally
        {
            C.Start();
            await C.WaitReadyAsync();
        }
        Assert.Equal(3, await NodeCluster.SearchTotalAsync(C, whileDown));
        // Back in nginx's rotation once fail_timeout has passed, with no change to nginx.
        var cAgain = false;
        for (var i = 0; i < 120 && !cAgain; i++)
        {
            var response = await reader.GetAsync(front + "/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            cAgain = NodeOf(response) == "c";
            if (!cAgain) await Task.Delay(250);
        }
        Assert.True(cAgain, "nginx never sent a request to the restarted node again");
    }

    [Fact]
    public async Task A_near_copy_of_a_document_saved_on_another_node_is_shown_as_a_possible_duplicate()
    {
        using var onA = await LoggedInAsync(A);
        using var onB = await LoggedInAsync(B);
        var word = Word("original");
        var body = EditorSteps.UniqueBody($"Les puces {word}") + "\n\n" + EditorSteps.UniqueBody("et la sécurité nationale");
        var first = await SaveAsync(onA, A, $"Article original {word}", body);
        // B checks a text against what its own index has taken in: the document saved on A, once B has followed the change log.
        Assert.True(await NodeCluster.WaitForTotalAsync(B, word, 1, s_bound) is not null, "node B never found the document saved on node A");

        var copy = Word("copy");
        var page = await PageForms.GetAsync(onB, "/admin/documents/new");
        var changed = body.Replace("Deuxième paragraphe", "Un autre paragraphe", StringComparison.Ordinal) + "\n\nPartagez cet article.";
        var response = await PageForms.SubmitAsync(onB, page, "#save", EditorSteps.Fields($"Reprise ailleurs {copy}", changed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(B.Name, NodeOf(response));
        var warned = await PageForms.ParseAsync(response);
        Assert.Equal(first, warned.QuerySelector(".duplicates a")!.GetAttribute("href"));
        Assert.Contains("of the text in common", warned.Text(".duplicates"));
        Assert.Equal(0, await cluster.StoreCountAsync(copy));
    }

    [Fact]
    public void Three_nodes_started_together_on_an_empty_database_migrate_it_once_and_ingest_the_seeds_once()
    {
        var start = cluster.AtStart;
        var seeds = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Count();
        Assert.Equal(5, seeds);
        Assert.Equal(seeds, start.Documents);
        var migrations = System.Reflection.Assembly.Load("PolicyArchive.Migrations.PostgreSQL").GetTypes()
            .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()?.Id)
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, start.Migrations);
        // Every node ran every start-up step without an error (a second node migrating or seeding at the same time would fail
        // one: a table that already exists, a document inserted twice), and the seeds were added by one node only.
        var added = 0;
        for (var i = 0; i < start.NodeLogs.Count; i++)
        {
            var log = start.NodeLogs[i];
            Assert.DoesNotContain("Could not", log);
            // The key ring lives in the store: it is read after the start-up has created its table, not before.
            Assert.DoesNotContain("An error occurred while reading the key ring", log);
            var seeded = System.Text.RegularExpressions.Regex.Match(log, @"Seeds: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) rejected");
            Assert.True(seeded.Success, $"node {cluster.Nodes[i].Name} did not report its seeds");
            added += int.Parse(seeded.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("0", seeded.Groups[4].Value);
        }
        Assert.Equal(seeds, added);
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

    private static Task<HttpClient> LoggedInAsync(NodeProcess node) => LoggedInAsync(node.BaseUrl);

    private static async Task<HttpClient> LoggedInAsync(string baseUrl)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        lock (s_cookies) s_cookies[client] = cookies;
        await PageForms.LoginAsync(client, ArchiveAppFactory.AdminEmail, ArchiveAppFactory.AdminPassword);
        return client;
    }

    private static async Task<string> SaveAsync(HttpClient client, NodeProcess node, string title, string? body = null)
    {
        Assert.Equal(new Uri(node.BaseUrl), client.BaseAddress);
        return await EditorSteps.AddByPasteAsync(client, title, body ?? EditorSteps.UniqueBody(title));
    }

    private static async Task<string> SaveThroughAsync(HttpClient client, string title) =>
        await EditorSteps.AddByPasteAsync(client, title, EditorSteps.UniqueBody(title));

    /// <summary>The node that answered (X-Archive-Node, sent by nodes given Archive:NodeName).</summary>
    private static string NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Archive-Node", out var names) ? names.Single() : throw new InvalidOperationException("No X-Archive-Node header");
}
