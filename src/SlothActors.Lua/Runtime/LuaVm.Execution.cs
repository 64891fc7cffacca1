using KeraLua;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Limits;
using SlothActors.Lua.Modules;

namespace SlothActors.Lua.Runtime;

/// <summary>Running the compiled hook on one event and reading what it returned.</summary>
internal sealed unsafe partial class LuaVm
{
    private const int EventArguments = 8;

    private static readonly string[] SeverityNames =
        Enum.GetValues<EventSeverity>().Select(s => s.ToString().ToLowerInvariant()).ToArray();

    /// <summary>False once a limit stopped an execution: the pool then drops this VM.</summary>
    public bool Healthy { get; private set; } = true;

    /// <param name="stop">Stops the execution from outside (node shutdown); the timeout is measured here, not through it.</param>
    public HookRunResult Run(HookExecutionContext context, TimeSpan timeout, long instructionBudget, CancellationToken stop)
    {
        var top = _state.GetTop();
        _state.RawGetInteger(LuaRegistry.Index, _runRef);
        var status = CallWithEvent(context, timeout, instructionBudget, stop, LuaMultiReturn);
        try
        {
            return status == LuaStatus.OK ? ReadResult(context, top + 1) : Failure(context, ErrorText(-1));
        }
        finally
        {
            _state.SetTop(top);
            _accessor.Leave();
        }
    }

    /// <summary>Runs the top level once (validation) and leaves the format name and returned value on the stack.</summary>
    public LuaStatus Inspect(HookExecutionContext context, TimeSpan timeout, long instructionBudget)
    {
        _state.RawGetInteger(LuaRegistry.Index, _inspectRef);
        var status = CallWithEvent(context, timeout, instructionBudget, CancellationToken.None, 2);
        _accessor.Leave();
        return status;
    }

    /// <summary>The message of a failed <see cref="Inspect"/>: the limit that stopped it, or the Lua error.</summary>
    public string InspectError() => LimitMessage() ?? ErrorText(-1);

    internal KeraLua.Lua State => _state;

    private const int LuaMultiReturn = -1;

    private LuaStatus CallWithEvent(HookExecutionContext context, TimeSpan timeout, long instructionBudget, CancellationToken stop, int results)
    {
        var evt = context.Event;
        NativeLua.Push(_state, evt.Id);
        NativeLua.Push(_state, evt.Type);
        _state.PushInteger(evt.Timestamp.ToUnixTimeSeconds());
        NativeLua.PushOrNil(_state, evt.Stack);
        NativeLua.PushOrNil(_state, evt.Source);
        _state.PushString(SeverityNames[(int)evt.Severity]);
        NativeLua.PushOrNil(_state, evt.CorrelationId);
        NativeLua.Push(_state, evt.Data);

        _accessor.Enter(context);
        _limits.Start(timeout, instructionBudget, stop);
        _budget->HostDepth = 0;
        var status = _state.PCall(EventArguments, results, 0);
        _budget->HostDepth = 1;
        if (status != LuaStatus.OK)
        {
            // A blocking module call cut short by the deadline fails with its own message; the
            // limit that caused it is what the execution reports. The deadline token's timer can
            // fire a moment before the stopwatch deadline, so a context cancelled while the
            // outside did not ask to stop is the timeout too.
            if (_limits.Check() == LimitKind.None && context.Cancellation.IsCancellationRequested && !stop.IsCancellationRequested)
            {
                _limits.MarkTimedOut();
            }
        }

        if (_limits.Hit != LimitKind.None || _budget->Exceeded != 0 || status == LuaStatus.ErrMem)
        {
            Healthy = false;
        }

        return status;
    }

    private HookRunResult ReadResult(HookExecutionContext context, int first)
    {
        var limit = LimitMessage();
        if (limit is not null)
        {
            return Failure(context, limit);
        }

        var count = _state.GetTop() - first + 1;
        if (count == 0 || _state.Type(first) != LuaType.Boolean)
        {
            return Success(context, null);
        }

        var message = count > 1 ? MessageAt(first + 1) : null;
        return _state.ToBoolean(first)
            ? Success(context, message)
            : Failure(context, message ?? "hook returned false");
    }

    private HookRunResult Failure(HookExecutionContext context, string error)
    {
        var output = context.Output;
        return HookRunResult.Failed(context.Redact(LimitMessage() ?? error), output.Length == 0 ? null : output);
    }

    private static HookRunResult Success(HookExecutionContext context, string? message)
    {
        if (message is not null)
        {
            context.AppendLine(message);
        }

        var output = context.Output;
        return HookRunResult.Succeeded(output.Length == 0 ? null : output);
    }

    private string? LimitMessage()
    {
        var kind = _limits.Hit != LimitKind.None ? _limits.Hit
            : _budget->Exceeded != 0 ? LimitKind.Memory
            : LimitKind.None;
        return kind == LimitKind.None ? null : _limits.Describe(kind);
    }

    private string? MessageAt(int index) => _state.Type(index) switch
    {
        LuaType.String or LuaType.Number => _state.ToString(index, false),
        LuaType.Nil or LuaType.None => null,
        _ => DescribeValue(index),
    };

    private string ErrorText(int index) => _state.Type(index) switch
    {
        LuaType.String or LuaType.Number => _state.ToString(index, false),
        _ => "error object is a " + DescribeValue(index),
    };

    private string DescribeValue(int index)
    {
        if (_state.Type(index) == LuaType.Table)
        {
            try
            {
                return System.Text.Encoding.UTF8.GetString(LuaJsonWriter.ToUtf8(_state, index));
            }
            catch (LuaScriptException)
            {
                // Not JSON-encodable: fall back to the type name.
            }
        }

        return _state.TypeName(index);
    }
}
