namespace SlothActors.Lua.Modules.Core;

/// <summary>The legacy global <c>contains(list, value)</c>: true when any value of the table equals <c>value</c>.</summary>
public sealed class ContainsModule : IHookModule
{
    public string Name => "contains";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context)
    {
        // Plain Lua: comparing with == may run __eq, which must stay inside Lua.
        lua.DoString("""
            function contains(list, value)
              if type(list) ~= "table" then return false end
              for _, item in pairs(list) do
                if item == value then return true end
              end
              return false
            end
            """, "=contains");
    }
}
