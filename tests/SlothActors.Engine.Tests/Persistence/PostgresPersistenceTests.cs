using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SlothActors.Engine.Hosting;
using SlothActors.Engine.Persistence;
using SlothActors.PostgresTesting;
using static SlothActors.Engine.Tests.Persistence.LedgerActor;

namespace SlothActors.Engine.Tests.Persistence;

/// <summary>The PostgreSQL option, through Akka.Hosting: the provider and mapping work end to end.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPersistenceTests(PostgresServerFixture server)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Batches_are_recovered_by_a_new_host_and_a_snapshot_then_DeleteMessages_shrinks_the_journal_table()
    {
        var connectionString = await server.DatabaseForAsync(GetType());
        var entries = Enumerable.Range(0, 110).Select(i => $"entry-{i}").ToArray();
        using (var first = await StartAsync(connectionString))
        {
            var ledger = Ledger(first);
            await ledger.Ask<Appended>(new Append(entries[..100]), Timeout);
            (await CountRowsAsync(connectionString, "journal")).ShouldBe(100);

            (await ledger.Ask<Compacted>(new Compact(), Timeout)).UpToSequenceNr.ShouldBe(100);
            (await CountRowsAsync(connectionString, "journal")).ShouldBe(1, "only the highest deleted row stays, to keep the sequence number");
            (await CountRowsAsync(connectionString, "snapshot")).ShouldBe(1);
            (await ledger.Ask<Appended>(new Append(entries[100..]), Timeout)).LastSequenceNr.ShouldBe(110);
            await first.StopAsync();
        }

        using var second = await StartAsync(connectionString);
        var recovered = await Ledger(second).Ask<Entries>(new GetEntries(), Timeout);
        recovered.Items.ShouldBe(entries);
        recovered.LastSequenceNr.ShouldBe(110);
        await second.StopAsync();
    }

    [Fact]
    public async Task The_HOCON_form_persists_and_recovers_on_PostgreSQL_too()
    {
        var connectionString = await server.DatabaseForAsync(GetType());
        var first = ActorSystem.Create("sloth", PersistenceSetup.PostgresConfig(connectionString));
        try
        {
            (await first.ActorOf(LedgerActor.Props("postgres-hocon")).Ask<Appended>(new Append(["a", "b"]), Timeout)).LastSequenceNr.ShouldBe(2);
        }
        finally
        {
            await first.Terminate();
        }

        var second = ActorSystem.Create("sloth", PersistenceSetup.PostgresConfig(connectionString));
        try
        {
            (await second.ActorOf(LedgerActor.Props("postgres-hocon")).Ask<Entries>(new GetEntries(), Timeout)).Items.ShouldBe(["a", "b"]);
        }
        finally
        {
            await second.Terminate();
        }
    }

    private static async Task<IHost> StartAsync(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAkka(EngineServiceCollectionExtensions.SystemName, akka => akka.AddPostgresPersistence(connectionString));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static IActorRef Ledger(IHost host) => host.Services.GetRequiredService<ActorSystem>().ActorOf(LedgerActor.Props("postgres"));

    private static async Task<long> CountRowsAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table} WHERE persistence_id = 'postgres'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
