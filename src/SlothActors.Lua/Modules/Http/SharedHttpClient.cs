using System.Net;

namespace SlothActors.Lua.Modules.Http;

/// <summary>
/// One client for the whole process: sockets and connection pools are shared by every VM.
/// The client itself never times out; each request carries its own deadline-bound token.
/// </summary>
internal static class SharedHttpClient
{
    public static HttpClient Instance { get; } = new(new SocketsHttpHandler
    {
        // Recycled so that DNS changes are picked up by long-running nodes.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
