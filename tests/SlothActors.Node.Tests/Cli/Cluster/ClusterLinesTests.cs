using System.Text.Json;
using SlothActors.Cli.Client;
using SlothActors.Cli.Output;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterLinesTests
{
    private const string TwoMembers = """
        {"self":"node-1","leader":"node-1","storage":"postgres","members":[
          {"name":"node-1","address":"http://127.0.0.1:8101","roles":["worker"],"status":"up","reachability":"reachable",
           "version":"0.1.0","joinedAt":"2026-01-02T10:00:00Z","upSince":"2026-01-02T10:00:01Z","heartbeatAt":"2026-01-02T10:05:00Z","leader":true},
          {"name":"node-2","address":"http://127.0.0.1:8102","roles":["worker"],"status":"down","reachability":"unreachable",
           "version":"0.1.0","joinedAt":"2026-01-02T10:00:02Z","upSince":null,"heartbeatAt":"2026-01-02T10:01:00Z","leader":false}]}
        """;

    [Fact]
    public void Show_prints_one_pbm_line_per_member_the_leader_suffix_and_the_count()
    {
        ClusterLines.Show(Parse<ClusterView>(TwoMembers)).ShouldBe(
        [
            "node-1@127.0.0.1:8101 | [worker] | up | reachable | 0.1.0 | leader",
            "node-2@127.0.0.1:8102 | [worker] | down | unreachable | 0.1.0",
            "Count: 2 nodes",
        ]);
    }

    [Fact]
    public void The_leader_named_by_the_cluster_gets_the_suffix_even_when_its_member_flag_is_missing()
    {
        var cluster = Parse<ClusterView>("""
            {"leader":"b","members":[{"name":"a","address":"http://10.0.0.1:8101","status":"up"},{"name":"b","address":"http://10.0.0.2:8101","status":"up"}]}
            """);
        var lines = ClusterLines.Show(cluster);
        lines[0].ShouldNotEndWith("leader");
        lines[1].ShouldEndWith(" | leader");
    }

    [Fact]
    public void Several_roles_are_listed_inside_one_pair_of_brackets_and_missing_fields_print_a_dash()
    {
        var member = Parse<MemberView>("""{"name":"n","address":"http://node1:8101","roles":["worker","api"]}""");
        ClusterLines.Member(member, leader: false).ShouldBe("n@node1:8101 | [worker, api] | - | - | -");
    }

    [Theory]
    [InlineData("http://127.0.0.1:8101", "node-1@127.0.0.1:8101")]
    [InlineData("http://node1:80", "node-1@node1:80")]
    [InlineData("https://sloth.example.com", "node-1@sloth.example.com:443")]
    [InlineData("not a url", "node-1@not a url")]
    [InlineData("", "node-1")]
    public void The_address_column_is_name_at_host_and_port_of_the_advertised_url(string address, string expected) =>
        ClusterLines.Address(new MemberView("node-1", address, null, null, null, null, null, null, null, false)).ShouldBe(expected);

    [Fact]
    public void A_single_sqlite_node_counts_as_one_member()
    {
        var cluster = Parse<ClusterView>("""
            {"self":"box","leader":"box","storage":"sqlite","members":[{"name":"box","address":"http://127.0.0.1:8002","roles":["worker"],"status":"up","reachability":"reachable","version":"0.1.0","leader":true}]}
            """);
        ClusterLines.Show(cluster).ShouldBe(["box@127.0.0.1:8002 | [worker] | up | reachable | 0.1.0 | leader", "Count: 1 nodes"]);
    }

    [Fact]
    public void A_tail_line_is_the_member_line_after_the_utc_time_of_the_change()
    {
        var member = Parse<MemberView>("""
            {"name":"node-3","address":"http://127.0.0.1:8103","roles":["worker"],"status":"leaving","reachability":"reachable","version":"0.1.0","leader":false,"at":"2026-01-02T12:30:05+02:00"}
            """);
        ClusterLines.Change(member).ShouldBe("2026-01-02 10:30:05 node-3@127.0.0.1:8103 | [worker] | leaving | reachable | 0.1.0");
    }

    [Fact]
    public void Down_unreachable_says_which_members_went_down_and_how_many_events_each_released()
    {
        ClusterLines.Downed(Parse<DownedMembers>("""{"downed":[{"node":"node-2","released":1},{"node":"node-3","released":40}]}""")).ShouldBe(
        [
            "Node node-2 is down; 1 event it held released to the other nodes.",
            "Node node-3 is down; 40 events it held released to the other nodes.",
        ]);
        ClusterLines.Downed(new DownedMembers([])).ShouldBe(["No unreachable member: nothing was downed."]);
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json)!;
}
