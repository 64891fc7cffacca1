using SlothActors.Journal.Postgres.Secrets;
using SlothActors.Journal.Secrets;

namespace SlothActors.Journal.Postgres.Tests;

public sealed class PostgresSecretKeyTests
{
    private static readonly PostgresJournalOptions Options = new("Host=127.0.0.1");

    [Fact]
    public void Without_a_key_or_a_key_directory_the_journal_refuses_to_invent_one()
    {
        var error = Should.Throw<InvalidOperationException>(() => PostgresSecretKey.Resolve(Options, _ => null));

        error.Message.ShouldContain(SecretKeySource.EnvironmentVariable);
        error.Message.ShouldContain("every node");
    }

    [Fact]
    public void The_environment_variable_supplies_the_shared_key()
    {
        var key = Enumerable.Repeat((byte)9, 32).ToArray();
        var encoded = Convert.ToBase64String(key);

        PostgresSecretKey.Resolve(Options, name => name == SecretKeySource.EnvironmentVariable ? encoded : null).ShouldBe(key);
    }

    [Theory]
    [InlineData("not base64!", "not base64")]
    [InlineData("AAAA", "3 bytes")]
    public void A_malformed_environment_key_is_refused_with_a_clear_message(string value, string expected) =>
        Should.Throw<InvalidOperationException>(() => PostgresSecretKey.Resolve(Options, _ => value)).Message.ShouldContain(expected);

    [Fact]
    public void A_given_key_wins_over_the_environment()
    {
        var key = Enumerable.Repeat((byte)3, 32).ToArray();

        PostgresSecretKey.Resolve(Options.WithSecretKey(key), _ => Convert.ToBase64String(new byte[32])).ShouldBe(key);
    }
}
