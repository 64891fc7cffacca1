using SlothActors.Journal.Cluster;
using SlothActors.Node.Cluster;

namespace SlothActors.Node.Tests.Cluster;

public sealed class MemberChangesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ClusterMember Member(string name, MemberStatus status = MemberStatus.Up, bool reachable = true, int beat = 0) =>
        new(name, "http://127.0.0.1:1", ["worker"], "0.1.0", status, T0, T0, T0.AddSeconds(beat), T0, reachable);

    [Fact]
    public void A_heartbeat_alone_is_no_change_but_status_reachability_and_leadership_are()
    {
        var before = new ClusterSnapshot([Member("a"), Member("b"), Member("c")], "a", T0);
        var after = new ClusterSnapshot([Member("a", beat: 1), Member("b", reachable: false), Member("c", MemberStatus.Leaving)], "b", T0.AddSeconds(1));

        var changes = MemberChanges.Between(before, after);

        changes.Select(c => c.Member.Name).ShouldBe(["a", "b", "c"]);
        changes[0].Leader.ShouldBeFalse();
        changes[1].Leader.ShouldBeTrue();
        MemberChanges.Between(after, after with { Members = [Member("a", beat: 2), after.Members[1], after.Members[2]] }).ShouldBeEmpty();
    }

    [Fact]
    public void Every_member_is_new_to_a_first_snapshot()
    {
        MemberChanges.Between(null, new ClusterSnapshot([Member("a"), Member("b")], null, T0)).Count.ShouldBe(2);
    }
}
