using Npgsql;

namespace SlothActors.Journal.Postgres.Storage;

/// <summary>The SQLSTATE codes the journal reacts to, and a retry for the ones that are safe to repeat.</summary>
internal static class PostgresErrors
{
    public const string UniqueViolation = "23505";
    public const string InvalidTextRepresentation = "22P02";
    public const string NumericOutOfRange = "22003";
    public const string SerializationFailure = "40001";
    public const string DeadlockDetected = "40P01";

    private const int MaxAttempts = 3;

    /// <summary>
    /// Runs <paramref name="work"/> again when PostgreSQL aborted it as a deadlock victim or a
    /// serialisation failure. Only for work that is one transaction: the abort rolled all of it
    /// back, so running it again cannot apply anything twice.
    /// </summary>
    public static async Task<T> RetryTransientAsync<T>(Func<Task<T>> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is DeadlockDetected or SerializationFailure)
            {
                // Another transaction locked the same rows in another order (records, claims and releases of other nodes): go again.
            }
        }
    }
}
