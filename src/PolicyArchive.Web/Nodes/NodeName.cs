namespace PolicyArchive.Web.Nodes;

/// <summary>With Archive:NodeName set, every answer says which node behind the load balancer gave it (X-Archive-Node), so
/// an operator can tell a misbehaving node from the others and the multi-node tests can see nginx spread requests.
/// Off by default: a single site has nothing to name, and a deployment need not publish its node names.</summary>
public static class NodeName
{
    public const string Header = "X-Archive-Node";

    public static WebApplication UseArchiveNodeName(this WebApplication app)
    {
        var name = app.Configuration.GetValue<string>("Archive:NodeName");
        if (string.IsNullOrWhiteSpace(name)) return app;
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[Header] = name;
                return Task.CompletedTask;
            });
            return next();
        });
        return app;
    }
}
