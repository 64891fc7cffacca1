using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Template;

/// <summary><c>template</c>: Go-template-style substitution, see <see cref="TemplateRenderer"/>.</summary>
public sealed class TemplateModule : IHookModule
{
    public string Name => "template";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("render", call => call.Return(TemplateRenderer.Render(call.String(1, "template"), call.Value(2))))
            .Install();
}
