using Npgsql;
using NpgsqlTypes;
using SlothActors.Journal.Cluster;
using SlothActors.Journal.Postgres.Storage;
using C = SlothActors.Journal.Postgres.Cluster.ClusterSchema;

namespace SlothActors.Journal.Postgres.Cluster;

internal sealed partial class PostgresClusterStore
{
    private const string NotifyMember = $"pg_notify('{ClusterChannels.Members}', {C.Name})";

    // A re-join replaces everything of the previous process: its status, times and address.
    private const string JoinSql =
        $"""
        WITH joined AS (
            INSERT INTO {C.Members} ({C.MemberSelected})
            VALUES (@name, @address, @roles, @version, '{MemberStatusNames.Joining}', now(), NULL, now(), now())
            ON CONFLICT ({C.Name}) DO UPDATE SET {C.Address} = excluded.{C.Address}, {C.Roles} = excluded.{C.Roles},
                {C.Version} = excluded.{C.Version}, {C.Status} = excluded.{C.Status}, {C.JoinedAt} = excluded.{C.JoinedAt},
                {C.UpSince} = NULL, {C.HeartbeatAt} = excluded.{C.HeartbeatAt}, {C.UpdatedAt} = excluded.{C.UpdatedAt}
            RETURNING {C.MemberSelected})
        SELECT {C.MemberSelected}, true, {NotifyMember} FROM joined
        """;

    // A down or removed member's heartbeat is not stamped: a fenced process that still beats
    // must not look alive, and it learns its status from the reply.
    private const string HeartbeatSql =
        $"""
        UPDATE {C.Members}
        SET {C.HeartbeatAt} = CASE WHEN {C.Status} IN ('{MemberStatusNames.Down}', '{MemberStatusNames.Removed}') THEN {C.HeartbeatAt} ELSE now() END
        WHERE {C.Name} = @name
        RETURNING {C.Status}
        """;

    // FOR UPDATE serialises concurrent changes of one member: the second sees the first's result.
    private const string ChangeStatusSql =
        $"""
        WITH current AS (
            SELECT {C.Name}, {C.Status} FROM {C.Members} WHERE {C.Name} = @name FOR UPDATE),
        changed AS (
            UPDATE {C.Members} m
            SET {C.Status} = @status, {C.UpdatedAt} = now(),
                {C.UpSince} = CASE WHEN @status = '{MemberStatusNames.Up}' THEN COALESCE(m.{C.UpSince}, now()) ELSE m.{C.UpSince} END
            FROM current c
            WHERE m.{C.Name} = c.{C.Name} AND c.{C.Status} = ANY(@from)
            RETURNING m.{C.Name})
        SELECT c.{C.Status}, EXISTS (SELECT 1 FROM changed), (SELECT {NotifyMember} FROM changed)
        FROM current c
        """;

    private const string SetAddressSql =
        $"""
        WITH changed AS (
            UPDATE {C.Members} SET {C.Address} = @address, {C.UpdatedAt} = now() WHERE {C.Name} = @name RETURNING {C.Name})
        SELECT {NotifyMember} FROM changed
        """;

    private const string ClockSql =
        $"SELECT now(), (SELECT {C.Holder} FROM {C.Lease} WHERE {C.Name} = '{ILeaderLease.Leader}' AND {C.ExpiresAt} > now())";

    private const string ListSql =
        $"""
        SELECT {C.MemberSelected}, now() - {C.HeartbeatAt} <= @unreachable_after
        FROM {C.Members}
        ORDER BY {C.JoinedAt}, {C.Name} COLLATE "C"
        """;

    public async Task<ClusterMember> JoinAsync(MemberRegistration member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrEmpty(member.Name);
        var command = dataSource.CreateCommand(JoinSql)
            .WithText("name", member.Name)
            .WithText("address", member.Address)
            .WithText("roles", MemberRows.JoinRoles(member.Roles))
            .WithText("version", member.Version);
        var rows = await CommandExecution.ReadAllAsync(command, r => MemberRows.Read(r, reachable: true), cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    public async Task<MemberStatus?> HeartbeatAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var rows = await CommandExecution.ReadAllAsync(dataSource.CreateCommand(HeartbeatSql).WithText("name", name), r => r.GetString(0), cancellationToken)
            .ConfigureAwait(false);
        return rows.Count == 0 ? null : MemberStatusNames.Parse(rows[0]);
    }

    public async Task<StatusChange> ChangeStatusAsync(string name, MemberStatus status, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var from = MemberTransitions.AllowedFrom(status).Select(MemberStatusNames.ToName).ToArray();
        var command = dataSource.CreateCommand(ChangeStatusSql)
            .WithText("name", name)
            .WithText("status", MemberStatusNames.ToName(status))
            .WithArray("from", NpgsqlDbType.Text, from);
        var rows = await CommandExecution.ReadAllAsync(command, r => new StatusChange(MemberStatusNames.Parse(r.GetString(0)), r.GetBoolean(1)), cancellationToken)
            .ConfigureAwait(false);
        return rows.Count == 0 ? StatusChange.NotFound : rows[0];
    }

    public async Task<bool> SetAddressAsync(string name, string address, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(address);
        var command = dataSource.CreateCommand(SetAddressSql).WithText("name", name).WithText("address", address);
        return (await CommandExecution.ReadAllAsync(command, _ => true, cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    public async Task<ClusterSnapshot> ListAsync(TimeSpan unreachableAfter, CancellationToken cancellationToken)
    {
        if (unreachableAfter <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(unreachableAfter), unreachableAfter, "use a positive duration");
        }

        // One snapshot for the clock, the lease and the rows, so reachability and leadership agree.
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var clock = await CommandExecution.ReadAllAsync(
                    new NpgsqlCommand(ClockSql, connection, transaction),
                    r => (Now: r.Time(0), Leader: r.StringOrNull(1)),
                    cancellationToken).ConfigureAwait(false);
                var members = await CommandExecution.ReadAllAsync(
                    new NpgsqlCommand(ListSql, connection, transaction).With("unreachable_after", unreachableAfter),
                    r => MemberRows.Read(r, r.GetBoolean(MemberRows.ReachableOrdinal)),
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ClusterSnapshot(members, clock[0].Leader, clock[0].Now);
            }
        }
    }
}
