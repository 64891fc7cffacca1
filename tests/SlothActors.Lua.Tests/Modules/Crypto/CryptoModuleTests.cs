using SlothActors.Lua.Modules.Crypto;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Crypto;

public sealed class CryptoModuleTests : IDisposable
{
    private readonly ModuleHarness _lua = ModuleHarness.Create(new CryptoModule());

    [Theory]
    [InlineData("md5", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("sha1", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("sha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("sha512", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
    public void Digests_are_lower_case_hex_of_the_known_test_vector(string function, string expected) =>
        _lua.Eval($"crypto.{function}('abc')").ShouldBe(expected);

    [Fact]
    public void Digests_hash_the_raw_bytes_of_a_binary_string() =>
        _lua.Eval("crypto.sha256('\\255\\0')").ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new byte[] { 255, 0 })));

    [Fact]
    public void Hmac_matches_the_rfc_4231_vector() =>
        _lua.Eval("crypto.hmac('sha256', 'Jefe', 'what do ya want for nothing?')")
            .ShouldBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

    [Fact]
    public void Hmac_accepts_sha1_sha512_and_md5() =>
        _lua.Eval("#crypto.hmac('sha1','k','d') .. ',' .. #crypto.hmac('sha512','k','d') .. ',' .. #crypto.hmac('MD5','k','d')").ShouldBe("40,128,32");

    [Fact]
    public void Hmac_with_an_unknown_algorithm_is_an_error() =>
        _lua.Error("crypto.hmac('sha3', 'k', 'd')").ShouldContain("crypto.hmac: unknown algorithm 'sha3'");

    [Fact]
    public void Base64_round_trips_binary_data()
    {
        _lua.Eval("crypto.base64_encode('hello')").ShouldBe("aGVsbG8=");
        _lua.Eval("crypto.base64_decode(crypto.base64_encode('\\0\\1\\255')) == '\\0\\1\\255'").ShouldBe(true);
    }

    [Fact]
    public void Base64_decode_of_garbage_is_an_error() =>
        _lua.Error("crypto.base64_decode('not base64!')").ShouldContain("not valid base64");

    [Fact]
    public void Hex_round_trips_and_rejects_odd_input()
    {
        _lua.Eval("crypto.hex_encode('\\1\\171')").ShouldBe("01ab");
        _lua.Eval("crypto.hex_decode('01AB') == '\\1\\171'").ShouldBe(true);
        _lua.Error("crypto.hex_decode('abc')").ShouldContain("not valid hex");
    }

    [Fact]
    public void Uuid_is_a_fresh_version_4_uuid_each_call()
    {
        var first = (string)_lua.Eval("crypto.uuid()")!;
        var second = (string)_lua.Eval("crypto.uuid()")!;
        Guid.Parse(first).Version.ShouldBe(4);
        first.ShouldNotBe(second);
    }

    [Fact]
    public void Random_string_has_the_length_and_only_charset_characters()
    {
        ((string)_lua.Eval("crypto.random_string(64)")!).ShouldMatch("^[A-Za-z0-9]{64}$");
        ((string)_lua.Eval("crypto.random_string(200, 'ab')")!).ShouldMatch("^[ab]{200}$");
        _lua.Eval("crypto.random_string(0)").ShouldBe("");
    }

    [Theory]
    [InlineData("crypto.random_string(4097)", "length must be a whole number from 0 to 4096")]
    [InlineData("crypto.random_string(-1)", "length must be")]
    [InlineData("crypto.random_string(1.5)", "length must be")]
    [InlineData("crypto.random_string(5, '')", "charset must hold")]
    public void Random_string_rejects_out_of_bounds_arguments(string call, string message) =>
        _lua.Error(call).ShouldContain(message);

    [Fact]
    public void A_missing_argument_names_the_function_and_the_argument() =>
        _lua.Error("crypto.sha256()").ShouldContain("crypto.sha256: argument #1 (data) must be a string, got nothing");

    [Fact]
    public void Errors_point_at_the_hook_line_that_called_the_module() =>
        _lua.Error("\n local x = crypto.md5({})\n return x").ShouldStartWith("[string \"chunk\"]:2:");

    [Fact]
    public void Module_is_installed_as_a_global_table() => _lua.Eval("type(crypto)").ShouldBe("table");

    public void Dispose() => _lua.Dispose();
}
