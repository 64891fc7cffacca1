using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterTailTests
{
    private const string Stream =
        ": ping\n" +
        "event: member\n" +
        "data: {\"name\":\"node-1\",\"address\":\"http://127.0.0.1:8101\",\"roles\":[\"worker\"],\"status\":\"up\",\"reachability\":\"reachable\",\"version\":\"0.1.0\",\"leader\":true,\"at\":\"2026-01-02T10:00:00Z\"}\n" +
        "\n" +
        "event: other\ndata: {\"name\":\"ignored\"}\n\n" +
        "event: member\r\n" +
        "data: {\"name\":\"node-2\",\"address\":\"http://127.0.0.1:8102\",\"roles\":[\"worker\"],\"status\":\"down\",\"reachability\":\"unreachable\",\"version\":\"0.1.0\",\"leader\":false,\"at\":\"2026-01-02T10:00:09Z\"}\r\n" +
        "\r\n";

    [Fact]
    public async Task Tail_prints_one_timed_line_per_member_event_and_skips_comments_and_other_events()
    {
        await using var node = await FakeNode.StartAsync(app => app.MapGet("/cluster/stream", () => Results.Text(Stream, "text/event-stream")));
        var (code, output, error) = await Sloth.RunAsync("cluster", "tail", "--node", node.Url);
        error.ShouldBeEmpty();
        code.ShouldBe(0);
        output.ShouldBe("""
            2026-01-02 10:00:00 node-1@127.0.0.1:8101 | [worker] | up | reachable | 0.1.0 | leader
            2026-01-02 10:00:09 node-2@127.0.0.1:8102 | [worker] | down | unreachable | 0.1.0

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
        lines[0].ShouldStartWith("{\"name\":\"node-1\"");
        lines[1].ShouldStartWith("{\"name\":\"node-2\"");
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
