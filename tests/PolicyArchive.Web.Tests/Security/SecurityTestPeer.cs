using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The in-memory test server has no network peer (no client address), so every test request would share one
/// rate-limit partition. Registered by ArchiveAppFactory, this gives a request the peer address named in a test header,
/// before the app's pipeline, as a TCP connection from that address would. Real connections are in ForwardedHeadersTests.</summary>
public sealed class SecurityTestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, Func<Task> nextMiddleware) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value, out var address))
                http.Connection.RemoteIpAddress = address;
            return nextMiddleware();
        });
        next(app);
    };
}
