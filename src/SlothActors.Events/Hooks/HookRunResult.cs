namespace SlothActors.Events.Hooks;

/// <summary>What running a hook produced. The caller measures the duration.</summary>
/// <param name="Success">False when the hook returned false, raised an error or hit a limit.</param>
/// <param name="Output">Captured <c>print</c>/<c>log</c> output plus the hook's success message.</param>
/// <param name="Error">Why it failed; names the limit when a limit stopped it.</param>
public sealed record HookRunResult(bool Success, string? Output, string? Error)
{
    public static HookRunResult Succeeded(string? output) => new(true, output, null);

    public static HookRunResult Failed(string error, string? output = null) => new(false, output, error);
}
