namespace SlothActors.Node.HookFiles;

/// <summary>Where <c>--hooks-dir</c> sends what it finds; the hook registry implements it.</summary>
public interface IHookFileSink
{
    /// <summary>A hook file appeared or its content changed.</summary>
    Task UpsertAsync(string path, string script, CancellationToken cancellationToken);

    /// <summary>A hook file was deleted (or renamed away).</summary>
    Task RemoveAsync(string path, CancellationToken cancellationToken);
}
