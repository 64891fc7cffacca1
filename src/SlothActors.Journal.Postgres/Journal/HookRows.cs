using Npgsql;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Rows;

namespace SlothActors.Journal.Postgres.Journal;

/// <summary>Binds <see cref="HookRowReader"/> to PostgreSQL's row values.</summary>
internal static class HookRows
{
    public static string JoinPatterns(IReadOnlyList<string> patterns) => HookRowReader.JoinPatterns(patterns);

    public static HookDefinition Read(NpgsqlDataReader r) => HookRowReader.Read(r, PostgresRowDialect.Instance);
}
