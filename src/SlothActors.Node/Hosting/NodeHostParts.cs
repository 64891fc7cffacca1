using Microsoft.AspNetCore.Builder;

namespace SlothActors.Node.Hosting;

/// <summary>
/// What the engine and journal add to a node: their services, and the endpoints that use them
/// (mapped after the built-in <c>/health</c> and <c>/metrics</c>, behind the same middleware).
/// </summary>
public sealed record NodeHostParts
{
    public Action<WebApplicationBuilder>? ConfigureServices { get; init; }

    public Action<WebApplication>? MapEndpoints { get; init; }
}
