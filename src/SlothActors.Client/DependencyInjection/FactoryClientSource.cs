namespace SlothActors.Client.DependencyInjection;

/// <summary>
/// Hands out a client from <see cref="IHttpClientFactory"/> per request, so handler rotation keeps
/// working. The hook's final flush runs while the container is being disposed, when the factory
/// can no longer build handlers; then the last client handed out is reused.
/// </summary>
internal sealed class FactoryClientSource(IHttpClientFactory factory, string name)
{
    private HttpClient _last = factory.CreateClient(name);

    public HttpClient Next()
    {
        try
        {
            return _last = factory.CreateClient(name);
        }
        catch (ObjectDisposedException)
        {
            return _last;
        }
    }
}
