namespace SlothActors.Actors;

/// <summary>A scheduled delivery that can be called off.</summary>
public interface ICancelable
{
    bool IsCancellationRequested { get; }

    /// <summary>No delivery starts after this returns; idempotent.</summary>
    void Cancel();
}
