using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterTailTests
{
    private const string Stream =
        ": ping\n" +
        "event: member\n" +
        "data: {\"address\":\"akka.tcp://sloth@127.0.0.1:4053\",\"name\":\"node-1\",\"roles\":[\"worker\"],\"status\":\"up\",\"reachability\":\"reachable\",\"version\":\"0.1.0\",\"leader\":true,\"self\":true,\"event\":\"current\",\"at\":\"2026-01-02T10:00:00Z\"}\n" +
        "\n" +
        "event: other\ndata: {\"name\":\"ignored\"}\n\n" +
        "event: member\r\n" +
        "data: {\"address\":\"akka.tcp://sloth@127.0.0.1:4054\",\"name\":\"node-2\",\"roles\":[\"worker\"],\"status\":\"down\",\"reachability\":\"unreachable\",\"version\":\"0.1.0\",\"leader\":false,\"self\":false,\"event\":\"downed\",\"at\":\"2026-01-02T10:00:09Z\"}\r\n" +
        "\r\n";

    [Fact]
    public async Task Tail_prints_one_timed_line_per_member_event_and_skips_comments_and_other_events()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster/stream", () => Results.Text(Stream, "text/event-stream")));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("""
            2026-01-02 10:00:00 akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable
            2026-01-02 10:00:09 akka.tcp://sloth@127.0.0.1:4054 | [worker] | down | unreachable

            """.ReplaceLineEndings("\n"));
        node.Requests.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/cluster/stream");
    }

    [Fact]
    public async Task Tail_as_json_prints_each_member_object_as_sent()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster/stream", () => Results.Text(Stream, "text/event-stream")));
        var (code, output, _) = await Sloth.RunAsync("cluster", "tail", "-o", "json", "--node", node.Url);
        code.ShouldBe(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2);
        lines[0].ShouldStartWith("{\"address\":\"akka.tcp://sloth@127.0.0.1:4053\",\"name\":\"node-1\"");
        lines[1].ShouldStartWith("{\"address\":\"akka.tcp://sloth@127.0.0.1:4054\",\"name\":\"node-2\"");
    }

    [Fact]
    public async Task An_event_over_the_size_limit_ends_the_tail_with_a_reason_and_exit_code_1()
    {
        var huge = "event: member\ndata: \"" + new string('x', 70 * 1024) + "\"\n\n";
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster/stream", () => Results.Text(huge, "text/event-stream")));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Url);
        code.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("over 65536 characters");
    }

    [Fact]
    public async Task A_refused_stream_is_the_nodes_reason_and_exit_code_1()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster/stream", () => Results.Text(
            """{"title":"Unauthorized","status":401,"detail":"a bearer token is required"}""", "application/problem+json", statusCode: 401)));
        var (code, _, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Url);
        code.ShouldBe(1);
        error.ShouldBe("Unauthorized: a bearer token is required\n");
    }
}
