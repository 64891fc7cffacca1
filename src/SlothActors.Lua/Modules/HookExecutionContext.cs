using System.Text;
using SlothActors.Events;
using SlothActors.Events.Hooks;

namespace SlothActors.Lua.Modules;

/// <summary>
/// What one execution knows: its event, hook, stack scope, deadline and captured output.
/// The runtime makes one per execution and exposes it to modules through
/// <see cref="IHookExecutionContextAccessor"/> while the hook runs.
/// </summary>
public sealed class HookExecutionContext
{
    /// <summary>Secret values shorter than this are not redacted: masking "1" would garble every line.</summary>
    public const int MinRedactedLength = 4;

    private readonly StringBuilder _output = new();
    private readonly List<string> _secrets = [];
    private readonly int _maxOutputChars;
    private bool _truncated;

    public HookExecutionContext(Event evt, HookDefinition hook, DateTimeOffset deadline, CancellationToken cancellation, int maxOutputChars)
    {
        Event = evt;
        Hook = hook;
        Deadline = deadline;
        Cancellation = cancellation;
        _maxOutputChars = maxOutputChars;
    }

    public Event Event { get; }

    public HookDefinition Hook { get; }

    /// <summary>State/secret scope: the event's stack, or the empty string for no stack.</summary>
    public string Scope => Event.Stack ?? "";

    /// <summary>When the execution's wall-clock limit runs out; blocking calls must not outlive it.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>Cancelled at the deadline or at node shutdown; pass it to every blocking call.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The captured output, with every secret this execution read replaced by <c>[secret]</c>.</summary>
    public string Output => Redact(_truncated ? _output + "\n[output truncated]" : _output.ToString());

    /// <summary>Remembers a secret value the hook read, so outputs, errors and logs never show it.</summary>
    public void AddSecret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length >= MinRedactedLength && !_secrets.Contains(value))
        {
            _secrets.Add(value);
            // Longest first, so a secret that contains another is masked whole.
            _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary><paramref name="text"/> with every secret this execution read replaced by <c>[secret]</c>.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "[secret]", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Appends one line of captured output (print, log.*), bounded by the runtime's output cap.</summary>
    public void AppendLine(string line)
    {
        if (_truncated)
        {
            return;
        }

        if (_output.Length + line.Length + 1 > _maxOutputChars)
        {
            _truncated = true;
            return;
        }

        if (_output.Length > 0)
        {
            _output.Append('\n');
        }

        _output.Append(line);
    }
}
