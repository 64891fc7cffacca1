using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Secret;

/// <summary>
/// <c>secret</c>: read a secret of the event's stack. The value goes to the hook only: it is
/// never logged, a store failure is reported without it, and the execution masks it in its
/// output, its error and its log lines (<see cref="HookExecutionContext.Redact"/>).
/// </summary>
public sealed class SecretModule : IHookModule
{
    public const int MaxNameLength = 256;

    public string Name => "secret";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("get", call =>
            {
                var name = call.String(1, "name");
                if (name.Length is 0 or > MaxNameLength)
                {
                    throw new LuaScriptException($"name must be 1 to {MaxNameLength} characters long");
                }

                var current = context.Current;
                string? value;
                try
                {
                    value = Blocking.Run(token => services.Secrets.GetAsync(current.Scope, name, token), current.Cancellation);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    services.Logger.LogSecretReadFailed(ex, name, current.Scope);
                    throw new LuaScriptException($"secret '{name}' could not be read (see the node log)", ex);
                }

                if (value is not null)
                {
                    current.AddSecret(value);
                }

                call.Return(value);
            })
            .Install();
}
