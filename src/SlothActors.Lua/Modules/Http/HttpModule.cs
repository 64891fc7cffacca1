using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Http;

/// <summary>
/// <c>http</c>: <c>get(url[, opts])</c>, <c>delete(url[, opts])</c>, <c>post/put/patch(url[, body_or_opts])</c>
/// and <c>request(method, url[, opts])</c>; see <see cref="HttpRequestSpec"/> for the options
/// and <see cref="HttpExchange"/> for the response table and limits.
/// </summary>
public sealed class HttpModule : IHookModule
{
    public string Name => "http";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        void Send(LuaCall call, string method, string url, int optionsArg, bool bodyMayBeText)
        {
            byte[]? body = null;
            var options = LuaOptions.Empty;
            if (bodyMayBeText && call.TypeOf(optionsArg) is KeraLua.LuaType.String)
            {
                body = call.Bytes(optionsArg, "body");
            }
            else
            {
                options = call.Options(optionsArg, "options");
            }

            call.Return(HttpExchange.Send(HttpRequestSpec.From(method, url, options, body), context.Current, services.Time));
        }

        ModuleTable.For(lua, Name)
            .Function("get", call => Send(call, "GET", call.String(1, "url"), 2, false))
            .Function("delete", call => Send(call, "DELETE", call.String(1, "url"), 2, false))
            .Function("post", call => Send(call, "POST", call.String(1, "url"), 2, true))
            .Function("put", call => Send(call, "PUT", call.String(1, "url"), 2, true))
            .Function("patch", call => Send(call, "PATCH", call.String(1, "url"), 2, true))
            .Function("request", call => Send(call, call.String(1, "method"), call.String(2, "url"), 3, false))
            .Install();
    }
}
