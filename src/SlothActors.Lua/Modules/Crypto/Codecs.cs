using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Crypto;

/// <summary>Decoders that turn malformed input into a clear error instead of a .NET format exception.</summary>
internal static class Codecs
{
    public static byte[] FromBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException ex)
        {
            throw new LuaScriptException("input is not valid base64", ex);
        }
    }

    public static byte[] FromHex(string text)
    {
        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException ex)
        {
            throw new LuaScriptException("input is not valid hex (an even number of 0-9a-f digits)", ex);
        }
    }
}
