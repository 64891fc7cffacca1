using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.State;

/// <summary>
/// <c>state</c>: durable key/value state scoped to the event's stack. Values are any JSON-able
/// Lua value, kept as JSON text by <see cref="Journal.State.IStateStore"/>; expiry is judged at
/// <see cref="HookServices.Time"/>'s now. Setting a key to nil deletes it, as in a Lua table.
/// </summary>
public sealed class StateModule : IHookModule
{
    public const int MaxKeyLength = 256;
    public const int MaxValueBytes = 1024 * 1024;

    public string Name => "state";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        var store = services.State;
        var time = services.Time;

        T Wait<T>(Func<string, DateTimeOffset, CancellationToken, Task<T>> operation)
        {
            var current = context.Current;
            return Blocking.Run(token => operation(current.Scope, time.GetUtcNow(), token), current.Cancellation);
        }

        void Store(string key, string json, TimeSpan? ttl)
        {
            if (json.Length > MaxValueBytes)
            {
                throw new LuaScriptException($"value of '{key}' is larger than {MaxValueBytes} bytes as JSON");
            }

            Wait(async (scope, now, token) =>
            {
                await store.SetAsync(scope, key, json, ttl, now, token).ConfigureAwait(false);
                return true;
            });
        }

        ModuleTable.For(lua, Name)
            .Function("get", call =>
            {
                var key = Key(call);
                var json = Wait((scope, now, token) => store.GetAsync(scope, key, now, token));
                if (json is null)
                {
                    call.Return(null);
                }
                else
                {
                    call.ReturnJson(json);
                }
            })
            .Function("set", call =>
            {
                var key = Key(call);
                if (call.IsMissing(2))
                {
                    Wait((scope, now, token) => store.DeleteAsync(scope, key, now, token));
                    return;
                }

                Store(key, call.Json(2), null);
            })
            .Function("set_with_ttl", call =>
            {
                var key = Key(call);
                var ttl = ExecutionBudget.Seconds(call.Number(3, "ttl_seconds"), "ttl_seconds");
                Store(key, call.IsMissing(2) ? throw new LuaScriptException("value must not be nil") : call.Json(2), ttl);
            })
            .Function("delete", call =>
            {
                var key = Key(call);
                call.Return(Wait((scope, now, token) => store.DeleteAsync(scope, key, now, token)));
            })
            .Function("exists", call =>
            {
                var key = Key(call);
                call.Return(Wait((scope, now, token) => store.ExistsAsync(scope, key, now, token)));
            })
            .Function("keys", call =>
            {
                var prefix = call.OptionalString(1, "prefix");
                call.Return(Wait((scope, now, token) => store.KeysAsync(scope, prefix, now, token)).Cast<object?>().ToList());
            })
            .Function("increment", call =>
            {
                var key = Key(call);
                var delta = call.OptionalNumber(2, "delta") ?? 1;
                if (!double.IsFinite(delta))
                {
                    throw new LuaScriptException("delta must be a finite number");
                }

                call.Return(Wait((scope, now, token) => IncrementAsync(store, scope, key, delta, now, token)));
            })
            .Install();
    }

    private static async Task<double> IncrementAsync(Journal.State.IStateStore store, string scope, string key, double delta, DateTimeOffset now, CancellationToken token)
    {
        try
        {
            return await store.IncrementAsync(scope, key, delta, now, token).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new LuaScriptException($"'{key}' does not hold a number", ex);
        }
    }

    private static string Key(LuaCall call)
    {
        var key = call.String(1, "key");
        return key.Length is > 0 and <= MaxKeyLength
            ? key
            : throw new LuaScriptException($"key must be 1 to {MaxKeyLength} characters long");
    }
}
