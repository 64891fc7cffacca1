namespace SlothActors.Engine.Dispatching;

/// <summary>
/// A journal call turned into one message for the dispatcher, never an exception: the SQLite
/// journal's async methods run (and throw) synchronously, so the call itself must be inside the
/// catch, which Akka's <c>PipeTo</c> failure mapping alone would not give.
/// </summary>
internal static class QueryMessage
{
    public static async Task<object> Of<T>(Func<Task<T>> call, Func<T, object> done, Func<Exception, object> failed)
    {
        try
        {
            return done(await call().ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return failed(ex);
        }
    }
}
