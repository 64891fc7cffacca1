using System.Collections.Concurrent;

namespace SlothActors.Node.Metrics;

/// <summary>
/// Bounds the distinct values of one label. Label values come from clients (type categories,
/// hook names) and every distinct value is a series the node keeps for ever, so past the cap
/// new values are all counted under <see cref="Other"/>. Values already seen stay themselves.
/// </summary>
public sealed class LabelCap(int maxValues)
{
    public const string Other = "_other";

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private int _otherHandedOut;

    public int MaxValues { get; } = maxValues > 0 ? maxValues : throw new ArgumentOutOfRangeException(nameof(maxValues));

    public string Apply(string value) => Apply(value, out _);

    /// <param name="first">The first time this label value (or <see cref="Other"/>) is handed out, so a caller can set up its series once.</param>
    public string Apply(string value, out bool first)
    {
        first = false;
        if (_seen.ContainsKey(value))
        {
            return value;
        }

        // The count check and the add race: a few values past the cap may slip in under load,
        // which bounds memory just as well and never loses an observation.
        if (_seen.Count >= MaxValues)
        {
            first = Interlocked.Exchange(ref _otherHandedOut, 1) == 0;
            return Other;
        }

        first = _seen.TryAdd(value, 0);
        return value;
    }
}
