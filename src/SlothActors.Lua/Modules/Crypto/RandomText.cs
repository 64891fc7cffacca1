using System.Security.Cryptography;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Crypto;

/// <summary>Random strings from the OS's cryptographic generator, each character drawn uniformly from the charset.</summary>
internal static class RandomText
{
    public const int MaxLength = 4096;
    public const int MaxCharsetLength = 1024;
    private const string DefaultCharset = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Create(double length, string? charset)
    {
        if (!double.IsInteger(length) || length < 0 || length > MaxLength)
        {
            throw new LuaScriptException($"length must be a whole number from 0 to {MaxLength}, got {length}");
        }

        var chars = charset ?? DefaultCharset;
        if (chars.Length is 0 or > MaxCharsetLength)
        {
            throw new LuaScriptException($"charset must hold 1 to {MaxCharsetLength} characters");
        }

        return RandomNumberGenerator.GetString(chars, (int)length);
    }
}
