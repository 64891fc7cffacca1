namespace SlothActors.Journal.Secrets;

/// <summary>
/// Secrets for hooks (the Lua <c>secret</c> module, <c>sloth secret set</c>), scoped per stack;
/// the empty string is the scope of events without a stack. Values are encrypted at rest
/// (AES-GCM) by the implementation: the journal never holds a plaintext value.
/// </summary>
public interface ISecretStore
{
    Task SetAsync(string scope, string name, string value, DateTimeOffset now, CancellationToken cancellationToken);

    /// <returns>The decrypted value, or null when no such secret exists in the scope.</returns>
    Task<string?> GetAsync(string scope, string name, CancellationToken cancellationToken);

    /// <summary>Names only, never values.</summary>
    Task<IReadOnlyList<string>> ListAsync(string scope, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string scope, string name, CancellationToken cancellationToken);
}
