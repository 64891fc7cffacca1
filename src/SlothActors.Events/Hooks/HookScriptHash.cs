using System.Security.Cryptography;
using System.Text;

namespace SlothActors.Events.Hooks;

/// <summary>The <see cref="HookDefinition.ScriptSha256"/> value of a script.</summary>
public static class HookScriptHash
{
    public static string Of(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
    }
}
