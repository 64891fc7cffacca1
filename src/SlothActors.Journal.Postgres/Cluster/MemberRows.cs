using Npgsql;
using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Storage;

namespace SlothActors.Journal.Postgres.Cluster;

/// <summary>Reads <see cref="ClusterSchema.MemberSelected"/> (plus a reachability column) into a member.</summary>
internal static class MemberRows
{
    public const int ReachableOrdinal = 9;

    public static ClusterMember Read(NpgsqlDataReader reader, bool reachable) => new(
        reader.GetString(0),
        reader.GetString(1),
        SplitRoles(reader.GetString(2)),
        reader.GetString(3),
        MemberStatusNames.Parse(reader.GetString(4)),
        reader.Time(5),
        reader.TimeOrNull(6),
        reader.Time(7),
        reader.Time(8),
        reachable);

    public static string JoinRoles(IReadOnlyList<string> roles) => string.Join(',', roles);

    private static string[] SplitRoles(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
