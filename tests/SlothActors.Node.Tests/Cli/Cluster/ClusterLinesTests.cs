using System.Text.Json;
using SlothActors.Cli.Output;
using SlothActors.Commands.Cluster;

namespace SlothActors.Node.Tests.Cli.Cluster;

public class ClusterLinesTests
{
    private const string TwoMembers = """
        {"self":"akka.tcp://sloth@127.0.0.1:4053","name":"node-1","status":"up","leader":"akka.tcp://sloth@127.0.0.1:4053","storage":"postgres","members":[
          {"address":"akka.tcp://sloth@127.0.0.1:4053","name":"node-1","roles":["worker"],"status":"up","reachability":"reachable","version":"0.1.0","leader":true,"self":true},
          {"address":"akka.tcp://sloth@127.0.0.1:4054","name":"node-2","roles":["worker"],"status":"down","reachability":"unreachable","version":"0.1.0","leader":false,"self":false}]}
        """;

    [Fact]
    public void Show_prints_one_pbm_line_per_akka_member_and_the_count()
    {
        ClusterLines.Show(Parse<ClusterView>(TwoMembers)).ShouldBe(
        [
            "akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable",
            "akka.tcp://sloth@127.0.0.1:4054 | [worker] | down | unreachable",
            "Count: 2 nodes",
        ]);
    }

    [Fact]
    public void Several_roles_are_listed_inside_one_pair_of_brackets_and_missing_fields_print_a_dash()
    {
        var member = Parse<MemberView>("""{"address":"akka.tcp://sloth@node1:4053","roles":["worker","api"]}""");
        ClusterLines.Member(member).ShouldBe("akka.tcp://sloth@node1:4053 | [worker, api] | - | -");
    }

    [Fact]
    public void A_single_sqlite_node_counts_as_one_member()
    {
        var cluster = Parse<ClusterView>("""
            {"self":"akka.tcp://sloth@127.0.0.1:4053","name":"box","leader":"akka.tcp://sloth@127.0.0.1:4053","storage":"sqlite","members":[{"address":"akka.tcp://sloth@127.0.0.1:4053","name":"box","roles":["worker"],"status":"up","reachability":"reachable","version":"0.1.0","leader":true,"self":true}]}
            """);
        ClusterLines.Show(cluster).ShouldBe(["akka.tcp://sloth@127.0.0.1:4053 | [worker] | up | reachable", "Count: 1 nodes"]);
    }

    [Fact]
    public void A_tail_line_is_the_member_line_after_the_utc_time_of_the_event()
    {
        var member = Parse<MemberView>("""
            {"address":"akka.tcp://sloth@127.0.0.1:4055","name":"node-3","roles":["worker"],"status":"leaving","reachability":"reachable","version":"0.1.0","leader":false,"event":"left","at":"2026-01-02T12:30:05+02:00"}
            """);
        ClusterLines.Change(member).ShouldBe("2026-01-02 10:30:05 akka.tcp://sloth@127.0.0.1:4055 | [worker] | leaving | reachable");
    }

    [Fact]
    public void A_leader_change_is_the_new_leaders_line_marked_leader()
    {
        var member = Parse<MemberView>("""
            {"address":"akka.tcp://sloth@127.0.0.1:4054","roles":["worker"],"status":"up","reachability":"reachable","leader":true,"event":"leader-changed","at":"2026-01-02T10:00:09Z"}
            """);
        ClusterLines.Change(member).ShouldBe("2026-01-02 10:00:09 akka.tcp://sloth@127.0.0.1:4054 | [worker] | up | reachable | leader");
    }

    [Fact]
    public void Down_unreachable_says_which_members_went_down_and_that_their_work_moves()
    {
        ClusterLines.Downed(Parse<DownedMembers>("""
            {"downed":[{"node":"node-2","address":"akka.tcp://sloth@127.0.0.1:4054","status":"down"},{"node":null,"address":"akka.tcp://sloth@127.0.0.1:4055","status":"down"}]}
            """)).ShouldBe(
        [
            "Node node-2 is down; its partitions and the events it had accepted move to the other nodes.",
            "Node akka.tcp://sloth@127.0.0.1:4055 is down; its partitions and the events it had accepted move to the other nodes.",
        ]);
        ClusterLines.Downed(new DownedMembers([])).ShouldBe(["No unreachable member: nothing was downed."]);
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json)!;
}
