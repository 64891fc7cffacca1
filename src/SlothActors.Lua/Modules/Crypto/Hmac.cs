using System.Security.Cryptography;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Crypto;

internal static class Hmac
{
    public static byte[] Compute(string algorithm, byte[] key, byte[] data) => algorithm.ToLowerInvariant() switch
    {
        "sha256" => HMACSHA256.HashData(key, data),
        "sha512" => HMACSHA512.HashData(key, data),
        "sha1" => HMACSHA1.HashData(key, data),
        "md5" => HMACMD5.HashData(key, data),
        _ => throw new LuaScriptException($"unknown algorithm '{algorithm}' (use sha256, sha512, sha1 or md5)"),
    };
}
