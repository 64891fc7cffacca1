namespace SlothActors.Node.Protocol;

/// <summary>
/// Bounds on what one request may carry. Every field a client sends is bounded so that no
/// request can make the node allocate without limit.
/// </summary>
public sealed record ProtocolLimits
{
    public static ProtocolLimits Default { get; } = new();

    /// <summary>Largest <c>data</c> object, in UTF-8 bytes of its JSON text (architecture: 1 MiB).</summary>
    public int MaxDataBytes { get; init; } = 1024 * 1024;

    public int MaxBatchEvents { get; init; } = 1000;

    public int MaxTags { get; init; } = 64;

    public int MaxTagLength { get; init; } = 128;

    /// <summary>Longest event id, stack, source system, correlation or causation id.</summary>
    public int MaxIdentifierLength { get; init; } = 256;

    /// <summary>Largest total of unknown extra fields kept with an event, in bytes.</summary>
    public int MaxExtraBytes { get; init; } = 64 * 1024;

    /// <summary>Deepest JSON nesting accepted anywhere in a body.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>Largest causation depth a client may claim; the engine applies its own, lower limit.</summary>
    public int MaxDepth { get; init; } = 1000;

    public ProtocolLimits WithMaxDataBytes(int bytes) => this with { MaxDataBytes = bytes };

    public ProtocolLimits WithMaxBatchEvents(int count) => this with { MaxBatchEvents = count };
}
