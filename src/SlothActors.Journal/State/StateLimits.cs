using System.Text.Json;

namespace SlothActors.Journal.State;

/// <summary>
/// Bounds on what hooks may store, so a runaway script cannot fill the journal through one call.
/// Shared by the journal dialects so a hook behaves alike on either backend.
/// </summary>
public static class StateLimits
{
    public const int MaxScopeLength = 128;
    public const int MaxKeyLength = 512;
    public const int MaxValueLength = 1024 * 1024;

    public static void EnsureScopeAndKey(string scope, string key)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (scope.Length > MaxScopeLength)
        {
            throw new ArgumentException($"a state scope may be at most {MaxScopeLength} characters.", nameof(scope));
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"a state key may be at most {MaxKeyLength} characters.", nameof(key));
        }
    }

    public static void EnsureJsonValue(string jsonValue)
    {
        ArgumentNullException.ThrowIfNull(jsonValue);
        if (jsonValue.Length > MaxValueLength)
        {
            throw new ArgumentException($"a state value may be at most {MaxValueLength / 1024} KiB of JSON.", nameof(jsonValue));
        }

        try
        {
            using var document = JsonDocument.Parse(jsonValue, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"a state value must be the text of one JSON value: {e.Message}", nameof(jsonValue), e);
        }
    }
}
