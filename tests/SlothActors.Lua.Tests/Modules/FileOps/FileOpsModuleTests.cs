using SlothActors.Lua.Modules.FileOps;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.FileOps;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FileOpsModuleTests : IDisposable
{
    private readonly TempRoot _dir = new();
    private readonly ModuleHarness _lua;

    public FileOpsModuleTests()
    {
        _lua = ModuleHarness.Create(new FileOpsModule(), options: new LuaRuntimeOptions { FileRoots = [_dir.Root] });
        _lua.Lua["root"] = _dir.Root;
        _lua.Lua["outside"] = _dir.Outside;
        System.IO.File.WriteAllText(_dir.In("conf"), "a=1\nport=80\nb=2\n");
    }

    private string Conf => System.IO.File.ReadAllText(_dir.In("conf"));

    /// <summary>Runs a call and returns "ok|changed" or "nil|message".</summary>
    private string Outcome(string call) => (string)_lua.Eval(
        $"(function() local ok, r = {call} if ok then return tostring(ok) .. '|' .. tostring(r.changed) else return tostring(ok) .. '|' .. r end end)()")!;

    [Fact]
    public void Lineinfile_replaces_the_line_matching_regexp_and_reports_the_path()
    {
        Outcome("file_ops.lineinfile{path = root .. '/conf', regexp = '^port=', line = 'port=8080'}").ShouldBe("true|true");
        Conf.ShouldBe("a=1\nport=8080\nb=2\n");
        _lua.Eval("select(2, file_ops.lineinfile{path = root .. '/conf', regexp = '^port=', line = 'port=8080'}).path").ShouldBe(_dir.In("conf"));
    }

    [Fact]
    public void Lineinfile_appends_a_missing_line_once()
    {
        Outcome("file_ops.lineinfile{path = root .. '/conf', line = 'c=3'}").ShouldBe("true|true");
        Outcome("file_ops.lineinfile{path = root .. '/conf', line = 'c=3'}").ShouldBe("true|false");
        Conf.ShouldBe("a=1\nport=80\nb=2\nc=3\n");
    }

    [Fact]
    public void Lineinfile_absent_removes_matching_lines()
    {
        Outcome("file_ops.lineinfile{path = root .. '/conf', regexp = '^[ab]=', state = 'absent'}").ShouldBe("true|true");
        Conf.ShouldBe("port=80\n");
        Outcome("file_ops.lineinfile{path = root .. '/conf', line = 'port=80', state = 'absent'}").ShouldBe("true|true");
        Conf.ShouldBe("");
    }

    [Fact]
    public void Lineinfile_creates_a_file_only_when_asked()
    {
        Outcome("file_ops.lineinfile{path = root .. '/new', line = 'x'}").ShouldStartWith("nil|file_ops.lineinfile: ");
        Outcome("file_ops.lineinfile{path = root .. '/new', line = 'x', create = true}").ShouldBe("true|true");
        System.IO.File.ReadAllText(_dir.In("new")).ShouldBe("x\n");
    }

    [Theory]
    [InlineData("file_ops.lineinfile{path = root .. '/conf', regexp = '(', line = 'x'}", "invalid regular expression")]
    [InlineData("file_ops.lineinfile{path = root .. '/conf', line = 'x', state = 'gone'}", "state must be")]
    [InlineData("file_ops.lineinfile{line = 'x'}", "field 'path' is required")]
    [InlineData("file_ops.lineinfile('not a table')", "must be a table")]
    public void Lineinfile_failures_return_nil_and_a_message(string call, string message) =>
        Outcome(call).ShouldSatisfyAllConditions(o => o.ShouldStartWith("nil|"), o => o.ShouldContain(message));

    [Fact]
    public void A_catastrophic_regexp_times_out_instead_of_hanging()
    {
        System.IO.File.WriteAllText(_dir.In("slow"), new string('a', 5000) + "!\n");
        Outcome("file_ops.lineinfile{path = root .. '/slow', regexp = '^(a+)+$', line = 'x'}").ShouldContain("took longer than 1s");
    }

    [Fact]
    public void Blockinfile_inserts_then_replaces_then_removes_a_marked_block()
    {
        Outcome("file_ops.blockinfile{path = root .. '/conf', block = 'x=1\\ny=2'}").ShouldBe("true|true");
        Conf.ShouldBe("a=1\nport=80\nb=2\n# BEGIN SLOTH MANAGED BLOCK\nx=1\ny=2\n# END SLOTH MANAGED BLOCK\n");
        Outcome("file_ops.blockinfile{path = root .. '/conf', block = 'x=1\\ny=2'}").ShouldBe("true|false");
        Outcome("file_ops.blockinfile{path = root .. '/conf', block = 'z=3'}").ShouldBe("true|true");
        Conf.ShouldBe("a=1\nport=80\nb=2\n# BEGIN SLOTH MANAGED BLOCK\nz=3\n# END SLOTH MANAGED BLOCK\n");
        Outcome("file_ops.blockinfile{path = root .. '/conf', state = 'absent'}").ShouldBe("true|true");
        Conf.ShouldBe("a=1\nport=80\nb=2\n");
    }

    [Fact]
    public void Blockinfile_uses_custom_markers()
    {
        Outcome("file_ops.blockinfile{path = root .. '/conf', block = 'k', marker_begin = '<<', marker_end = '>>'}").ShouldBe("true|true");
        Conf.ShouldEndWith("<<\nk\n>>\n");
    }

    [Fact]
    public void Blockinfile_on_a_missing_file_without_create_fails() =>
        Outcome("file_ops.blockinfile{path = root .. '/none', block = 'k'}").ShouldContain("does not exist");

    [Fact]
    public void Replace_substitutes_every_match_with_groups()
    {
        Outcome("file_ops.replace{path = root .. '/conf', pattern = '^(\\\\w)=(\\\\d)$', replacement = '$1: $2'}").ShouldBe("true|true");
        Conf.ShouldBe("a: 1\nport=80\nb: 2\n");
        Outcome("file_ops.replace{path = root .. '/conf', pattern = 'nomatch', replacement = 'x'}").ShouldBe("true|false");
    }

    [Fact]
    public void Replace_on_a_missing_file_fails() =>
        Outcome("file_ops.replace{path = root .. '/none', pattern = 'a', replacement = 'b'}").ShouldContain("does not exist");

    [Fact]
    public void Copy_copies_bytes_sets_the_mode_and_is_idempotent()
    {
        Outcome("file_ops.copy{src = root .. '/conf', dest = root .. '/copy', mode = '0600'}").ShouldBe("true|true");
        System.IO.File.ReadAllText(_dir.In("copy")).ShouldBe(Conf);
        System.IO.File.GetUnixFileMode(_dir.In("copy")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Outcome("file_ops.copy{src = root .. '/conf', dest = root .. '/copy', mode = '0600'}").ShouldBe("true|false");
    }

    [Fact]
    public void Copy_into_a_directory_keeps_the_file_name()
    {
        Directory.CreateDirectory(_dir.In("d"));
        Outcome("file_ops.copy{src = root .. '/conf', dest = root .. '/d'}").ShouldBe("true|true");
        System.IO.File.Exists(_dir.In("d/conf")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("file_ops.copy{src = root .. '/none', dest = root .. '/x'}", "does not exist")]
    [InlineData("file_ops.copy{src = root .. '/conf', dest = root .. '/x', mode = 'rw'}", "mode must be an octal string")]
    public void Copy_failures_return_nil_and_a_message(string call, string message) =>
        Outcome(call).ShouldSatisfyAllConditions(o => o.ShouldStartWith("nil|"), o => o.ShouldContain(message));

    [Fact]
    public void Stat_returns_the_table_with_a_sha256_checksum()
    {
        System.IO.File.WriteAllText(_dir.In("abc"), "abc");
        _lua.Run("s = file_ops.stat{path = root .. '/abc'} m = file_ops.stat{path = root .. '/none'} d = file_ops.stat{path = root}");
        _lua.Eval("tostring(s.exists) .. s.size .. tostring(s.is_file) .. s.checksum")
            .ShouldBe("true3trueba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        _lua.Eval("m.exists").ShouldBe(false);
        _lua.Eval("tostring(d.is_dir) .. tostring(d.checksum)").ShouldBe("truenil");
    }

    [Theory]
    [InlineData("file_ops.lineinfile{path = outside .. '/f', line = 'x', create = true}")]
    [InlineData("file_ops.blockinfile{path = root .. '/../outside/f', block = 'x', create = true}")]
    [InlineData("file_ops.replace{path = '/etc/hostname', pattern = 'a', replacement = 'b'}")]
    [InlineData("file_ops.copy{src = root .. '/conf', dest = outside .. '/f'}")]
    [InlineData("file_ops.copy{src = '/etc/hostname', dest = root .. '/f'}")]
    public void Paths_outside_the_roots_return_nil_and_the_rule(string call)
    {
        Outcome(call).ShouldSatisfyAllConditions(o => o.ShouldStartWith("nil|"), o => o.ShouldContain("outside the allowed file roots"));
        System.IO.File.Exists(Path.Combine(_dir.Outside, "f")).ShouldBeFalse();
    }

    [Fact]
    public void Stat_through_a_link_pointing_outside_returns_nil_and_the_rule()
    {
        System.IO.File.CreateSymbolicLink(_dir.In("link"), "/etc/hostname");
        _lua.Eval("select(2, file_ops.stat{path = root .. '/link'})").ShouldBeOfType<string>().ShouldContain("leads through a symbolic link");
    }

    public void Dispose()
    {
        _lua.Dispose();
        _dir.Dispose();
    }
}
