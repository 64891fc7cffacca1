using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SlothActors.Node.Tests.Api;
using SlothActors.TestKit;

namespace SlothActors.Node.Tests.Cli.Cluster;

/// <summary>
/// <c>sloth cluster show|status|leader|join</c> against a real node's replies: the node runs on the
/// in-memory test server, so a loopback listener in front of it passes the CLI's requests through.
/// </summary>
public sealed partial class AkkaClusterVerbTests
{
    [Fact]
    public async Task Show_and_status_print_pbm_lines_leader_prints_the_address_and_join_on_a_member_is_refused_with_the_reason()
    {
        await using var node = new EngineNode();
        await node.InitializeAsync();
        await using var front = await FakeNode.StartAsync(app =>
        {
            app.MapGet("/cluster", async () => FakeNode.Json(await node.Client.GetStringAsync("/cluster")));
            app.MapPost("/cluster/join", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                using var reply = await node.PostAsync("/cluster/join", await reader.ReadToEndAsync());
                return FakeNode.Json(await reply.Content.ReadAsStringAsync(), (int)reply.StatusCode);
            });
        });
        var url = front.Url;
        await Poll.ValueAsync(() => node.GetJsonAsync("/cluster/akka"), v => v.GetProperty("status").GetString() == "up", "the node up");

        var (code, output, error) = await Sloth.RunAsync("cluster", "status", "--node", url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2, output);
        MemberLine().IsMatch(lines[0]).ShouldBeTrue(lines[0]);
        lines[1].ShouldBe("Count: 1 nodes");
        var show = await Sloth.RunAsync("cluster", "show", "--node", url);
        show.Code.ShouldBe(0);
        show.Out.ShouldBe(output);

        var leader = await Sloth.RunAsync("cluster", "leader", "--node", url);
        leader.Code.ShouldBe(0);
        leader.Out.TrimEnd('\n').ShouldBe(lines[0].Split(" | ")[0]);

        var join = await Sloth.RunAsync("cluster", "join", "127.0.0.1:4053", "--node", url);
        join.Code.ShouldBe(1);
        join.Error.ShouldContain("runs on SQLite");
    }

    [GeneratedRegex(@"^akka\.tcp://sloth@127\.0\.0\.1:\d+ \| \[worker\] \| up \| reachable$")]
    private static partial Regex MemberLine();
}
