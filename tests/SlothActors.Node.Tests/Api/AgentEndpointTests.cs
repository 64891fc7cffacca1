using System.Net;
using System.Net.Http.Headers;

namespace SlothActors.Node.Tests.Api;

public class AgentEndpointTests
{
    private const string Token = "agents-s3cret";

    [Fact]
    public async Task Agents_is_an_empty_list_until_agents_exist_and_needs_the_token()
    {
        await using var node = new EngineNode(followHooks: false, token: Token);
        await node.InitializeAsync();
        (await node.Client.GetAsync("/agents")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        node.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var agents = await node.GetJsonAsync("/agents");
        agents.GetProperty("agents").GetArrayLength().ShouldBe(0);
        agents.GetProperty("count").GetInt32().ShouldBe(0);
    }
}
