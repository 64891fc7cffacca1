using System.Text;
using System.Text.RegularExpressions;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Events.Naming;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Runtime;

namespace SlothActors.Lua.Loading;

/// <summary>
/// Checks a hook file before it is registered: it compiles, its top level runs (once, in a
/// sandboxed and limited VM, with a sample event), it has an entry point, and its name, event
/// types, stack and timeout are valid. Keep side effects inside the entry point: the top level runs here.
/// </summary>
public sealed partial class HookValidator
{
    public const int MaxScriptBytes = 1024 * 1024;

    private static readonly TimeSpan MaxValidationTime = TimeSpan.FromSeconds(5);

    private readonly LuaVmSetup _setup;

    public HookValidator(HookServices services, IEnumerable<IHookModule> modules)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(modules);
        _setup = new LuaVmSetup(services, modules.ToList());
    }

    /// <param name="fileName">Names the chunk in messages and gives a legacy hook its default name.</param>
    public HookValidationResult Validate(string script, string fileName, HookOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        overrides ??= new HookOverrides();
        if (Encoding.UTF8.GetByteCount(script) > MaxScriptBytes)
        {
            return HookValidationResult.Invalid($"the hook file is larger than {MaxScriptBytes / 1024} KiB");
        }

        var chunkName = Path.GetFileName(fileName);
        using var vm = new LuaVm(_setup);
        var syntax = vm.Compile(script, chunkName);
        if (syntax is not null)
        {
            return HookValidationResult.Invalid(WithLine("syntax error", syntax));
        }

        var state = vm.State;
        var top = state.GetTop();
        try
        {
            var timeout = MaxValidationTime;
            using var cancellation = new CancellationTokenSource(timeout);
            var context = SampleContext(chunkName, overrides, cancellation.Token, timeout);
            if (vm.Inspect(context, timeout, _setup.Options.InstructionBudget) != KeraLua.LuaStatus.OK)
            {
                return HookValidationResult.Invalid(WithLine("the top level of the file failed", vm.InspectError()));
            }

            var kind = state.ToString(-2, false);
            var declared = DeclaredMetadata.Read(state, state.GetTop());
            return kind switch
            {
                "module" => Finish(declared, overrides, ReturnsTableLiteral().IsMatch(script) ? HookFormat.ReturnedTable : HookFormat.ModuleTable, chunkName),
                "legacy" => Finish(new DeclaredMetadata(), overrides, HookFormat.Legacy, chunkName),
                _ => HookValidationResult.Invalid(state.Type(-1) == KeraLua.LuaType.Table
                    ? "no entry point: the returned table has no execute function"
                    : "no entry point: expected a returned table with an execute function (hook.execute), or a global function on_event()"),
            };
        }
        finally
        {
            state.SetTop(top);
        }
    }

    private static HookValidationResult Finish(DeclaredMetadata declared, HookOverrides overrides, HookFormat format, string chunkName)
    {
        var errors = new List<string>(declared.Errors);
        var legacy = format == HookFormat.Legacy;
        var name = overrides.Name ?? declared.Name ?? (legacy ? Path.GetFileNameWithoutExtension(chunkName) : null);
        var types = overrides.EventTypes is { Count: > 0 } given ? given.ToList() : declared.EventTypes;
        var stack = overrides.Stack ?? declared.Stack;

        if (name is null)
        {
            errors.Add("no name: set name = \"...\" in the hook table (or pass --name)");
        }
        else if (HookName.Validate(name) is { } invalidName)
        {
            errors.Add(invalidName + (legacy && overrides.Name is null ? " (pass --name)" : ""));
        }

        if (types.Count == 0)
        {
            errors.Add(legacy
                ? "no event type: a legacy hook (global on_event) carries no metadata; pass the event type (--event)"
                : "no event type: set event_type or event_types in the hook table (or pass --event)");
        }

        foreach (var type in types)
        {
            if (!HookPattern.TryParse(type, out _, out var invalidType))
            {
                errors.Add(invalidType!);
            }
        }

        if (stack is not null && StackName.Validate(stack) is { } invalidStack)
        {
            errors.Add($"invalid stack '{stack}': {invalidStack}");
        }

        TimeSpan? timeout = null;
        if (declared.Timeout is not null)
        {
            if (HookDurations.TryParse(declared.Timeout, out var parsed))
            {
                timeout = parsed;
            }
            else
            {
                errors.Add($"invalid timeout '{declared.Timeout}': use a duration like \"500ms\", \"5s\" or \"2m\" (at most 24h)");
            }
        }

        return errors.Count > 0
            ? new HookValidationResult(null, errors)
            : HookValidationResult.Valid(new HookMetadata(name!, declared.Description, types, stack, timeout, format));
    }

    private static HookExecutionContext SampleContext(string chunkName, HookOverrides overrides, CancellationToken token, TimeSpan timeout)
    {
        var now = DateTimeOffset.UtcNow;
        var type = overrides.EventTypes is [var first, ..] && EventTypeName.IsValid(first) ? first : "hook.validate";
        var sample = new Event { Id = Guid.CreateVersion7(now).ToString(), Type = type, Timestamp = now, CreatedAt = now, Stack = overrides.Stack };
        var hook = new HookDefinition
        {
            Id = "validation",
            Name = Path.GetFileNameWithoutExtension(chunkName),
            EventTypes = [type],
            Script = "",
            ScriptSha256 = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        return new HookExecutionContext(sample, hook, now + timeout, token, 64 * 1024);
    }

    /// <summary>"x.lua:3: msg" becomes "syntax error at line 3: x.lua:3: msg".</summary>
    private static string WithLine(string what, string luaMessage)
    {
        var match = LineOf().Match(luaMessage);
        return match.Success ? $"{what} at line {match.Groups[1].Value}: {luaMessage}" : $"{what}: {luaMessage}";
    }

    [GeneratedRegex(@"^[^\n]*?:(\d+):", RegexOptions.CultureInvariant)]
    private static partial Regex LineOf();

    [GeneratedRegex(@"^return\s*\{", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ReturnsTableLiteral();
}
