using SlothActors.Journal.Secrets;

namespace SlothActors.Journal.Postgres.Secrets;

/// <summary>Finds the secret key for a shared journal, refusing to invent one that the other nodes would not have.</summary>
internal static class PostgresSecretKey
{
    public static byte[] Resolve(PostgresJournalOptions options, Func<string, string?>? environment = null)
    {
        if (options.SecretKey is { } given)
        {
            return given.ToArray();
        }

        environment ??= Environment.GetEnvironmentVariable;
        if (options.SecretKeyDirectory is { } directory)
        {
            return SecretKeySource.LoadOrCreate(directory, environment);
        }

        var fromEnvironment = environment(SecretKeySource.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            throw new InvalidOperationException(
                $"no secret key for the PostgreSQL journal: set {SecretKeySource.EnvironmentVariable} to the same base64 key " +
                "(32 bytes, e.g. `openssl rand -base64 32`) on every node, or give a key directory.");
        }

        try
        {
            var key = Convert.FromBase64String(fromEnvironment.Trim());
            return key.Length == SecretProtector.KeyBytes
                ? key
                : throw new InvalidOperationException(
                    $"the secret key in {SecretKeySource.EnvironmentVariable} is {key.Length} bytes; it must be {SecretProtector.KeyBytes}.");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"the secret key in {SecretKeySource.EnvironmentVariable} is not base64.");
        }
    }
}
