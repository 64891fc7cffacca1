using System.Collections.Concurrent;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Lua.Limits;
using SlothActors.Lua.Modules;
using SlothActors.Lua.Pooling;

namespace SlothActors.Lua.Runtime;

/// <summary>
/// Runs hooks on warm, sandboxed Lua VMs: each hook version is compiled once per VM, and up to
/// <see cref="LuaRuntimeOptions.VmsPerHook"/> VMs serve one hook at a time.
/// </summary>
/// <remarks>
/// <see cref="RunAsync"/> does its work synchronously on the calling thread (the engine calls it
/// from its own bounded execution threads) and returns a completed task. Every hook failure,
/// including a limit hit, is a failed <see cref="HookRunResult"/>.
/// </remarks>
public sealed class LuaHookRunner : IHookRunner, IDisposable
{
    private const int MaxRememberedCompileErrors = 1024;

    private readonly LuaVmSetup _setup;
    private readonly HookVmPools<LuaVm> _pools;
    private readonly ConcurrentDictionary<string, string> _compileErrors = new(StringComparer.Ordinal);

    public LuaHookRunner(HookServices services, IEnumerable<IHookModule> modules)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(modules);
        var list = modules.ToList();
        var duplicate = list.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two modules are named '{duplicate.Key}'", nameof(modules));
        }

        _setup = new LuaVmSetup(services, list);
        _pools = new HookVmPools<LuaVm>(Math.Max(1, services.Options.VmsPerHook), CreateVm);
    }

    public LuaRuntimeOptions Options => _setup.Options;

    public ValueTask<HookRunResult> RunAsync(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hook);
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return ValueTask.FromResult(Run(hook, evt, timeout, cancellationToken));
    }

    /// <summary>Drops the warm VMs of a removed hook.</summary>
    public void Evict(string hookId) => _pools.Evict(hookId);

    /// <summary>Warm VMs idle in the pool of this hook version (for tests and metrics).</summary>
    public int IdleVms(HookDefinition hook) =>
        _pools.TryGet(hook.Id, out var pool) && pool!.Version == hook.ScriptSha256 ? pool.IdleCount : 0;

    public void Dispose() => _pools.Dispose();

    private HookRunResult Run(HookDefinition hook, Event evt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_compileErrors.TryGetValue(hook.ScriptSha256, out var compileError))
        {
            return HookRunResult.Failed(compileError);
        }

        var pool = _pools.For(hook);
        LuaVm? vm;
        try
        {
            // Waiting for (or creating) a VM is bounded by the timeout too, but is not part of
            // the execution's own time: its clock starts once it has a VM.
            vm = pool.Rent(timeout, cancellationToken);
        }
        catch (HookCompileException e)
        {
            RememberCompileError(hook.ScriptSha256, e.Message);
            return HookRunResult.Failed(e.Message);
        }
        catch (OperationCanceledException)
        {
            return HookRunResult.Failed("execution cancelled");
        }

        if (vm is null)
        {
            return HookRunResult.Failed("timeout after " + Sizes.Duration(timeout) + " waiting for a free VM");
        }

        var healthy = false;
        try
        {
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancellation.CancelAfter(timeout);
            var deadline = _setup.Services.Time.GetUtcNow() + timeout;
            var context = new HookExecutionContext(evt, hook, deadline, cancellation.Token, _setup.Options.MaxOutputBytes);
            var result = vm.Run(context, timeout, _setup.Options.InstructionBudget, cancellationToken);
            healthy = vm.Healthy;
            return result;
        }
        finally
        {
            pool.Return(vm, healthy);
        }
    }

    private LuaVm CreateVm(HookDefinition hook)
    {
        var vm = new LuaVm(_setup);
        var error = vm.Compile(hook.Script, ChunkName(hook));
        if (error is null)
        {
            return vm;
        }

        vm.Dispose();
        throw new HookCompileException(error);
    }

    private void RememberCompileError(string sha, string error)
    {
        if (_compileErrors.Count >= MaxRememberedCompileErrors)
        {
            _compileErrors.Clear();
        }

        _compileErrors[sha] = error;
    }

    internal static string ChunkName(HookDefinition hook) =>
        string.IsNullOrEmpty(hook.FilePath) || hook.FilePath == "api" ? hook.Name + ".lua" : Path.GetFileName(hook.FilePath);
}
