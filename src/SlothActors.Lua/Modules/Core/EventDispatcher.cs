using System.Text;
using SlothActors.Events;
using SlothActors.Events.Naming;

namespace SlothActors.Lua.Modules.Core;

/// <summary>
/// Makes and hands over the event a hook dispatches: it inherits the parent's stack and
/// correlation (the parent's id when it had none), is caused by the parent, one level deeper.
/// </summary>
internal sealed class EventDispatcher
{
    public const int MaxDataBytes = 1024 * 1024;

    private readonly HookServices _services;

    public EventDispatcher(HookServices services) => _services = services;

    /// <returns>Null when the journal accepted the event, else why not.</returns>
    public string? Dispatch(HookExecutionContext execution, string type, byte[] dataJson)
    {
        if (EventTypeName.Validate(type) is { } invalid)
        {
            return "cannot dispatch: " + invalid;
        }

        if (dataJson.Length > MaxDataBytes)
        {
            return $"event data of {dataJson.Length} bytes is over the limit of {MaxDataBytes} bytes";
        }

        var parent = execution.Event;
        var depth = parent.Depth + 1;
        var limit = _services.Options.MaxEventDepth;
        if (depth > limit)
        {
            return $"event depth limit of {limit} reached: '{type}' would be {depth} dispatches deep from the original event (a hook loop?)";
        }

        var now = _services.Time.GetUtcNow();
        var child = new Event
        {
            Id = Guid.CreateVersion7(now).ToString(),
            Type = type,
            Timestamp = now,
            Data = Encoding.UTF8.GetString(dataJson),
            CreatedAt = now,
            Stack = parent.Stack,
            Source = "hook:" + execution.Hook.Name,
            CorrelationId = parent.CorrelationId ?? parent.Id,
            CausationId = parent.Id,
            Depth = depth,
        };

        try
        {
            _services.Events.AcceptAsync([child], execution.Cancellation).AsTask().GetAwaiter().GetResult();
            return null;
        }
        catch (OperationCanceledException)
        {
            return "dispatch cancelled: the execution's deadline passed or the node is stopping";
        }
        catch (Exception e)
        {
            return "dispatch failed: " + e.Message;
        }
    }
}
