using System.Text;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Logging;
using SlothActors.Engine.Hooks;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using SlothActors.Lua.Loading;
using SlothActors.Lua.Runtime;
using SlothActors.Node.HookFiles;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Hooks;

/// <summary>
/// Every change to the registered hooks goes through here, from the API and from
/// <c>--hooks-dir</c>: scripts are validated before they are stored, and the engine's hook
/// snapshot is refreshed after every change so the next event sees it; the change is then
/// announced on <see cref="HookChangeTopic"/> so the other nodes reload theirs.
/// </summary>
internal sealed partial class HookRegistrar(
    IHookStore store,
    IHookRegistryProvider registry,
    ActorRegistry actors,
    HookValidator validator,
    LuaHookRunner runner,
    NodeOptions options,
    TimeProvider time,
    ILogger<HookRegistrar> logger) : IHookFileSink
{
    /// <exception cref="HookRejectedException">The script is too large or invalid.</exception>
    public HookDefinition Define(string script, string fileName, string filePath, HookOverrides overrides, bool enabled)
    {
        var bytes = Encoding.UTF8.GetByteCount(script);
        if (bytes > options.MaxScriptBytes)
        {
            throw new HookRejectedException(Problem.TooLarge(
                $"the script is {bytes} bytes; the node accepts at most {options.MaxScriptBytes} (MaxScriptBytes)", "script"));
        }

        var validation = validator.Validate(script, fileName, overrides);
        if (!validation.IsValid)
        {
            throw new HookRejectedException(new Problem(
                422, "invalid-hook", "Invalid hook", string.Join("; ", validation.Errors), "script"));
        }

        var metadata = validation.Metadata!;
        var now = time.GetUtcNow();
        return new HookDefinition
        {
            Id = Guid.CreateVersion7(now).ToString(),
            Name = metadata.Name,
            Description = metadata.Description,
            EventTypes = metadata.EventTypes,
            Stack = metadata.Stack,
            Enabled = enabled,
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            FilePath = filePath,
            Timeout = metadata.Timeout,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <exception cref="DuplicateHookNameException">A hook of that name exists.</exception>
    public async Task AddAsync(HookDefinition hook, CancellationToken cancellationToken)
    {
        await store.AddHookAsync(hook, cancellationToken).ConfigureAwait(false);
        await RefreshAsync(hook.Name, cancellationToken).ConfigureAwait(false);
        LogAdded(logger, hook.Name, string.Join(",", hook.EventTypes), hook.Stack ?? "any");
    }

    /// <returns>The hook as it is now, or null when no hook has that name.</returns>
    public async Task<HookDefinition?> SetEnabledAsync(string name, bool enabled, CancellationToken cancellationToken)
    {
        if (!await store.SetHookEnabledAsync(name, enabled, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await RefreshAsync(name, cancellationToken).ConfigureAwait(false);
        LogSwitched(logger, name, enabled);
        return await store.GetHookAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>False when no hook has that name.</returns>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var hook = await store.GetHookAsync(name, cancellationToken).ConfigureAwait(false);
        if (hook is null || !await store.RemoveHookAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await RefreshAsync(name, cancellationToken).ConfigureAwait(false);
        runner.Evict(hook.Id);
        LogRemoved(logger, name);
        return true;
    }

    // IHookFileSink: a file's hook is stored under the file's full path, which is how a deleted file finds it.
    public async Task UpsertAsync(string path, string script, CancellationToken cancellationToken)
    {
        var hook = Define(script, Path.GetFileName(path), path, new HookOverrides(), enabled: true);
        var result = await store.UpsertHookAsync(hook, cancellationToken).ConfigureAwait(false);
        // A file whose hook was renamed leaves the old name behind: the file now defines only the new one.
        var stale = (await store.ListHooksAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(other => other.FilePath == path && other.Name != hook.Name);
        foreach (var old in stale)
        {
            await store.RemoveHookAsync(old.Name, cancellationToken).ConfigureAwait(false);
            runner.Evict(old.Id);
        }

        await RefreshAsync(hook.Name, cancellationToken).ConfigureAwait(false);
        LogFileSynced(logger, path, hook.Name, result);
    }

    Task IHookFileSink.RemoveAsync(string path, CancellationToken cancellationToken) => RemoveFileAsync(path, cancellationToken);

    private async Task RemoveFileAsync(string path, CancellationToken cancellationToken)
    {
        var fromFile = (await store.ListHooksAsync(null, cancellationToken).ConfigureAwait(false)).Where(hook => hook.FilePath == path);
        foreach (var hook in fromFile)
        {
            await store.RemoveHookAsync(hook.Name, cancellationToken).ConfigureAwait(false);
            runner.Evict(hook.Id);
            LogRemoved(logger, hook.Name);
        }

        await RefreshAsync(Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>This node's registry first, so its next event sees the change; then every other node's.</summary>
    private async Task RefreshAsync(string hookName, CancellationToken cancellationToken)
    {
        await registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
        var changes = await actors.GetAsync<HookChangesActor>(cancellationToken).ConfigureAwait(false);
        changes.Tell(new AnnounceHookChange(hookName), ActorRefs.NoSender);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hook {Name} added for {EventTypes} (stack {Stack})")]
    private static partial void LogAdded(ILogger logger, string name, string eventTypes, string stack);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hook {Name} enabled: {Enabled}")]
    private static partial void LogSwitched(ILogger logger, string name, bool enabled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hook {Name} removed")]
    private static partial void LogRemoved(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hook file {Path} synced: hook {Name} {Result}")]
    private static partial void LogFileSynced(ILogger logger, string path, string name, HookUpsertResult result);
}
