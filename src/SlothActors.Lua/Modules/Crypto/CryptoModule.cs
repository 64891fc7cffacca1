using System.Security.Cryptography;
using SlothActors.Lua.Interop;
using SlothActors.Lua.Modules.Support;

namespace SlothActors.Lua.Modules.Crypto;

/// <summary>
/// <c>crypto</c>: digests and HMACs as lower-case hex, base64 and hex codecs, uuid and random
/// strings. Data arguments are Lua byte strings, hashed as they are (no text decoding).
/// </summary>
public sealed class CryptoModule : IHookModule
{
    public string Name => "crypto";

    public void Install(NLua.Lua lua, HookServices services, IHookExecutionContextAccessor context) =>
        ModuleTable.For(lua, Name)
            .Function("md5", call => call.Return(Hex(MD5.HashData(call.Bytes(1, "data")))))
            .Function("sha1", call => call.Return(Hex(SHA1.HashData(call.Bytes(1, "data")))))
            .Function("sha256", call => call.Return(Hex(SHA256.HashData(call.Bytes(1, "data")))))
            .Function("sha512", call => call.Return(Hex(SHA512.HashData(call.Bytes(1, "data")))))
            .Function("hmac", call => call.Return(Hex(Hmac.Compute(call.String(1, "algorithm"), call.Bytes(2, "key"), call.Bytes(3, "data")))))
            .Function("base64_encode", call => call.Return(Convert.ToBase64String(call.Bytes(1, "data"))))
            .Function("base64_decode", call => call.Return(Codecs.FromBase64(call.String(1, "text"))))
            .Function("hex_encode", call => call.Return(Hex(call.Bytes(1, "data"))))
            .Function("hex_decode", call => call.Return(Codecs.FromHex(call.String(1, "text"))))
            .Function("uuid", call => call.Return(Guid.NewGuid().ToString()))
            .Function("random_string", call => call.Return(RandomText.Create(call.Number(1, "length"), call.OptionalString(2, "charset"))))
            .Install();

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
