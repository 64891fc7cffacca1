using System.Text.Json;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Queries;
using SlothActors.Lua.Loading;
using SlothActors.Node.Api;
using SlothActors.Node.Hooks;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Commands;

/// <summary>
/// The hook commands, on the same services and checks as <c>/hooks</c>: a script is validated
/// before it is registered, and a test's event passes the collector protocol's rules.
/// </summary>
internal sealed class HookCommandHandler(HookRegistrar registrar, IHookStore store, IEventQueries queries, HookTester tester, EventParser parser)
{
    /// <summary>The most patterns a hook may list, as <c>POST /hooks</c> allows.</summary>
    private const int MaxEventTypes = 64;

    public async Task<object> AddAsync(AddHook command, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(command.Script))
        {
            return CommandViews.Refused(new Problem(422, "missing-field", "Missing field", "script is required", "script"));
        }

        if (command.EventTypes is { Count: > MaxEventTypes })
        {
            return CommandViews.Refused(Problem.Invalid("event_types", $"event_types may list at most {MaxEventTypes} patterns"));
        }

        try
        {
            // Empty texts mean "not given", as in the HTTP body.
            var name = NullIfEmpty(command.Name);
            var filePath = NullIfEmpty(command.FilePath);
            var fileName = filePath is null ? (name ?? "hook") + ".lua" : Path.GetFileName(filePath);
            var overrides = new HookOverrides(name, command.EventTypes is { Count: > 0 } types ? types : null, NullIfEmpty(command.Stack));
            var hook = registrar.Define(command.Script, fileName, filePath ?? "cli", overrides, command.Enabled);
            await registrar.AddAsync(hook, ct).ConfigureAwait(false);
            return CommandViews.Hook(hook);
        }
        catch (HookRejectedException rejected)
        {
            return CommandViews.Refused(rejected.Problem);
        }
        catch (DuplicateHookNameException duplicate)
        {
            return CommandViews.Refused(new Problem(409, "duplicate-hook", "Hook exists", duplicate.Message, "name"));
        }
    }

    public async Task<object> ListAsync(ListHooks command, CancellationToken ct) =>
        CommandViews.Hooks(await store.ListHooksAsync(command.Stack, ct).ConfigureAwait(false));

    public async Task<object> GetAsync(GetHook command, CancellationToken ct) =>
        await store.GetHookAsync(command.Name, ct).ConfigureAwait(false) is { } hook
            ? CommandViews.Hook(hook, withScript: true)
            : CommandViews.Refused(HookEndpoints.NoSuchHook(command.Name));

    public async Task<object> SetEnabledAsync(SetHookEnabled command, CancellationToken ct) =>
        await registrar.SetEnabledAsync(command.Name, command.Enabled, ct).ConfigureAwait(false) is { } hook
            ? CommandViews.Hook(hook)
            : CommandViews.Refused(HookEndpoints.NoSuchHook(command.Name));

    public async Task<object> RemoveAsync(RemoveHook command, CancellationToken ct) =>
        await registrar.RemoveAsync(command.Name, ct).ConfigureAwait(false)
            ? new CommandDone(command.Name, "removed")
            : CommandViews.Refused(HookEndpoints.NoSuchHook(command.Name));

    public async Task<object> HistoryAsync(GetHookHistory command, CancellationToken ct)
    {
        if (command.Limit is < 1 or > EventQuery.MaxLimit)
        {
            return CommandViews.Refused(Problem.Invalid("limit", $"limit must be a whole number from 1 to {EventQuery.MaxLimit}, not '{command.Limit}'"));
        }

        if (await store.GetHookAsync(command.Name, ct).ConfigureAwait(false) is null)
        {
            return CommandViews.Refused(HookEndpoints.NoSuchHook(command.Name));
        }

        var executions = await queries.HookHistoryAsync(command.Name, command.Limit, ct).ConfigureAwait(false);
        return CommandViews.Executions(executions, hookName: command.Name);
    }

    public async Task<object> TestAsync(TestHook command, CancellationToken ct)
    {
        if ((command.Script is null) == (command.Name is null))
        {
            return CommandViews.Refused(Problem.Invalid("script", "send either script (a Lua text to try) or name (a registered hook), not both or neither"));
        }

        // The event passes the same rules as one posted to /events: the draft in the collector protocol's JSON.
        var parsed = parser.ParseEvent(JsonSerializer.SerializeToUtf8Bytes(command.Event, CommandJson.Default.EventDraft));
        if (!parsed.IsSuccess)
        {
            return CommandViews.Refused(Problem.From(parsed.Error) with { Field = "event." + (parsed.Error.Field ?? "event") });
        }

        var transient = command.Script is not null;
        HookDefinition? hook;
        try
        {
            hook = transient ? HookTestEndpoint.Define(registrar, command.Script!, parsed.Event.Type) : await store.GetHookAsync(command.Name!, ct).ConfigureAwait(false);
        }
        catch (HookRejectedException rejected)
        {
            return CommandViews.Refused(rejected.Problem);
        }

        if (hook is null)
        {
            return CommandViews.Refused(HookEndpoints.NoSuchHook(command.Name!));
        }

        var (result, durationMs) = await tester.RunAsync(hook, parsed.Event, transient, ct).ConfigureAwait(false);
        return new HookTestResult(result.Success, result.Output, result.Error, durationMs, hook.Name, parsed.Event.Id);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
