using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SlothActors.Events.Hooks;

/// <summary>
/// An immutable snapshot of the registered hooks that answers "which enabled hooks run for this
/// event?" on the hot path. Build a new snapshot on every hook change and swap it in.
/// </summary>
/// <remarks>
/// Exact types are found in a dictionary, prefix patterns by looking up each dotted prefix of
/// the type, and <c>*</c> hooks come from one list. Because the snapshot never changes, the answer
/// for a (type, stack) pair is cached; the cache is capped so that a flood of distinct custom
/// types cannot grow memory without bound (past the cap, answers are computed, not stored).
/// Invalid patterns never match; validate hooks with <see cref="HookDefinitionValidator"/> when they are added.
/// </remarks>
public sealed class HookRegistry
{
    public const int MaxCachedAnswers = 4096;

    private readonly HookDefinition[] _enabled;
    private readonly FrozenDictionary<string, int[]> _exact;
    private readonly FrozenDictionary<string, int[]> _prefix;
    private readonly int[] _wildcard;
    private readonly ConcurrentDictionary<(string Type, string? Stack), HookDefinition[]> _answers = new();

    private HookRegistry(IReadOnlyList<HookDefinition> hooks)
    {
        All = hooks.OrderBy(h => h.Name, StringComparer.Ordinal).ToArray();
        ByName = All.ToFrozenDictionary(h => h.Name, StringComparer.Ordinal);
        _enabled = All.Where(h => h.Enabled).ToArray();

        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wildcard = new List<int>();
        for (var i = 0; i < _enabled.Length; i++)
        {
            foreach (var text in _enabled[i].EventTypes)
            {
                if (!HookPattern.TryParse(text, out var pattern, out _))
                {
                    continue;
                }

                switch (pattern.Kind)
                {
                    case HookPatternKind.All:
                        wildcard.Add(i);
                        break;
                    case HookPatternKind.Exact:
                        AddTo(exact, pattern.Stem, i);
                        break;
                    case HookPatternKind.Prefix:
                        AddTo(prefix, pattern.Stem, i);
                        break;
                }
            }
        }

        _exact = exact.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _prefix = prefix.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _wildcard = wildcard.ToArray();
    }

    public static HookRegistry Empty { get; } = new([]);

    /// <summary>Every hook of the snapshot (enabled or not), ordered by name.</summary>
    public IReadOnlyList<HookDefinition> All { get; }

    public IReadOnlyDictionary<string, HookDefinition> ByName { get; }

    public static HookRegistry Build(IEnumerable<HookDefinition> hooks)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        var list = hooks.ToList();
        var duplicate = list.GroupBy(h => h.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"hook name '{duplicate.Key}' appears more than once", nameof(hooks));
        }

        return new HookRegistry(list);
    }

    /// <summary>The enabled hooks that run for <paramref name="evt"/>, ordered by name, each once.</summary>
    public IReadOnlyList<HookDefinition> Match(Event evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return Match(evt.Type, evt.Stack);
    }

    /// <inheritdoc cref="Match(Event)"/>
    public IReadOnlyList<HookDefinition> Match(string eventType, string? eventStack)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        if (_enabled.Length == 0)
        {
            return [];
        }

        var key = (eventType, eventStack);
        if (_answers.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var answer = Compute(eventType, eventStack);
        if (_answers.Count < MaxCachedAnswers)
        {
            _answers.TryAdd(key, answer);
        }

        return answer;
    }

    private HookDefinition[] Compute(string eventType, string? eventStack)
    {
        var hits = new SortedSet<int>();
        hits.UnionWith(_wildcard);
        if (_exact.TryGetValue(eventType, out var exact))
        {
            hits.UnionWith(exact);
        }

        // "a.b.c" can be matched by the prefix patterns "a.*" and "a.b.*".
        for (var dot = eventType.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = eventType.IndexOf('.', dot + 1))
        {
            if (dot < eventType.Length - 1 && _prefix.TryGetValue(eventType[..dot], out var prefixed))
            {
                hits.UnionWith(prefixed);
            }
        }

        return hits.Select(i => _enabled[i]).Where(h => StackIsolation.Allows(h.Stack, eventStack)).ToArray();
    }

    private static void AddTo(Dictionary<string, List<int>> index, string key, int hook)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != hook)
        {
            list.Add(hook);
        }
    }
}
