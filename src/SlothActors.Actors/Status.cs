namespace SlothActors.Actors;

/// <summary>Outcome messages for piped tasks and asks.</summary>
public static class Status
{
    /// <summary>A piped task completed without a value.</summary>
    public sealed record Success(object? Value);

    /// <summary>A piped task failed; an <c>Ask</c> receiving it fails with <paramref name="Cause"/>.</summary>
    public sealed record Failure(Exception Cause);
}
