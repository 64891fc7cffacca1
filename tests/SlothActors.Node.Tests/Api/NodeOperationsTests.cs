using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SlothActors.Engine.Hosting;

namespace SlothActors.Node.Tests.Api;

public class NodeOperationsTests
{
    [Fact]
    public async Task Health_reports_the_journal_and_the_events_processed()
    {
        await using var node = await StartAsync();
        await node.FinishedAsync(await node.DispatchAsync("""{"event_type": "health.one"}"""));
        var health = await node.GetJsonAsync("/health");
        health.GetProperty("status").GetString().ShouldBe("healthy");
        health.GetProperty("storage").GetProperty("storage_type").GetString().ShouldBe("sqlite");
        health.GetProperty("storage").GetProperty("total_events").GetInt64().ShouldBe(1);
        health.GetProperty("collector").GetProperty("events_processed").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task Events_sent_while_the_engine_is_stopping_are_503_problems_with_retry_after()
    {
        await using var node = await StartAsync();
        await node.App.Services.GetRequiredService<EngineHost>().StopAsync(CancellationToken.None);
        using var response = await node.PostAsync("/events", """{"event_type": "late.event"}""");
        var problem = await node.JsonAsync(response, HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("type").GetString().ShouldBe("urn:sloth:problem:unavailable");
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    private static async Task<EngineNode> StartAsync()
    {
        var node = new EngineNode();
        await node.InitializeAsync();
        return node;
    }
}
