using SlothActors.Lua.Modules.File;
using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.File;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FileModuleTests : IDisposable
{
    private readonly TempRoot _dir = new();
    private readonly ModuleHarness _lua;

    public FileModuleTests()
    {
        _lua = ModuleHarness.Create(new FileModule(), options: new LuaRuntimeOptions { FileRoots = [_dir.Root] });
        _lua.Lua["root"] = _dir.Root;
        _lua.Lua["outside"] = _dir.Outside;
    }

    [Fact]
    public void Write_then_read_round_trips_bytes()
    {
        _lua.Eval("file.write(root .. '/a.txt', 'hello\\0world')").ShouldBe(true);
        _lua.Eval("file.read(root .. '/a.txt') == 'hello\\0world'").ShouldBe(true);
        System.IO.File.ReadAllText(_dir.In("a.txt")).ShouldBe("hello\0world");
    }

    [Fact]
    public void Relative_paths_resolve_against_the_first_root()
    {
        _lua.Run("file.write('rel.txt', 'x')");
        System.IO.File.ReadAllText(_dir.In("rel.txt")).ShouldBe("x");
    }

    [Fact]
    public void Append_adds_to_the_end_and_creates_a_missing_file()
    {
        _lua.Run("file.append(root .. '/log', 'one\\n') file.append(root .. '/log', 'two\\n')");
        System.IO.File.ReadAllText(_dir.In("log")).ShouldBe("one\ntwo\n");
    }

    [Fact]
    public void Exists_is_true_for_files_and_directories_only_when_present()
    {
        System.IO.File.WriteAllText(_dir.In("f"), "");
        _lua.Eval("file.exists(root .. '/f')").ShouldBe(true);
        _lua.Eval("file.exists(root)").ShouldBe(true);
        _lua.Eval("file.exists(root .. '/nope')").ShouldBe(false);
    }

    [Fact]
    public void List_returns_sorted_entry_names()
    {
        System.IO.File.WriteAllText(_dir.In("b"), "");
        System.IO.File.WriteAllText(_dir.In("a"), "");
        Directory.CreateDirectory(_dir.In("sub"));
        _lua.Eval("table.concat(file.list(root), ',')").ShouldBe("a,b,sub");
    }

    [Fact]
    public void Stat_describes_a_file_a_directory_and_a_missing_path()
    {
        System.IO.File.WriteAllText(_dir.In("f"), "12345");
        System.IO.File.SetUnixFileMode(_dir.In("f"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        _lua.Run("s = file.stat(root .. '/f') d = file.stat(root) m = file.stat(root .. '/nope')");
        _lua.Eval("tostring(s.exists) .. s.size .. tostring(s.is_file) .. tostring(s.is_dir) .. s.mode").ShouldBe("true5truefalse0640");
        ((long)_lua.Eval("s.mtime")!).ShouldBeInRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        _lua.Eval("tostring(d.is_dir) .. tostring(d.is_file)").ShouldBe("truefalse");
        _lua.Eval("m.exists").ShouldBe(false);
    }

    [Fact]
    public void Read_of_a_missing_file_is_an_error_naming_the_path() =>
        _lua.Error("file.read(root .. '/missing.txt')").ShouldContain("missing.txt");

    [Fact]
    public void Read_of_a_file_over_the_size_bound_is_an_error()
    {
        using (var stream = System.IO.File.Create(_dir.In("big")))
        {
            stream.SetLength(FileModule.MaxReadBytes + 1);
        }

        _lua.Error("file.read(root .. '/big')").ShouldContain("more than the 16777216-byte read limit");
    }

    [Theory]
    [InlineData("file.read(root .. '/../outside/x')")]
    [InlineData("file.write(outside .. '/x', 'data')")]
    [InlineData("file.read('/etc/passwd')")]
    [InlineData("file.exists('../outside')")]
    [InlineData("file.list('/')")]
    [InlineData("file.append(root .. '/../../escape', 'x')")]
    [InlineData("file.stat('/etc')")]
    public void Paths_outside_the_roots_are_refused(string call)
    {
        _lua.Error(call).ShouldContain("is outside the allowed file roots");
        System.IO.File.Exists(Path.Combine(_dir.Outside, "x")).ShouldBeFalse();
    }

    [Fact]
    public void Dot_dot_that_stays_inside_the_root_is_allowed()
    {
        Directory.CreateDirectory(_dir.In("sub"));
        _lua.Run("file.write(root .. '/sub/../ok.txt', 'fine')");
        System.IO.File.ReadAllText(_dir.In("ok.txt")).ShouldBe("fine");
    }

    [Fact]
    public void A_symbolic_link_pointing_outside_is_refused_for_reads_and_writes()
    {
        System.IO.File.WriteAllText(Path.Combine(_dir.Outside, "secret"), "outside data");
        System.IO.File.CreateSymbolicLink(_dir.In("link"), Path.Combine(_dir.Outside, "secret"));
        Directory.CreateSymbolicLink(_dir.In("dirlink"), _dir.Outside);

        _lua.Error("file.read(root .. '/link')").ShouldContain("leads through a symbolic link");
        _lua.Error("file.write(root .. '/dirlink/new', 'x')").ShouldContain("leads through a symbolic link");
        System.IO.File.Exists(Path.Combine(_dir.Outside, "new")).ShouldBeFalse();
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_is_followed()
    {
        System.IO.File.WriteAllText(_dir.In("target"), "inside");
        System.IO.File.CreateSymbolicLink(_dir.In("alias"), "target");
        _lua.Eval("file.read(root .. '/alias')").ShouldBe("inside");
    }

    [Fact]
    public void Without_configured_roots_the_temp_directory_is_the_root()
    {
        using var lua = ModuleHarness.Create(new FileModule());
        lua.Lua["path"] = _dir.In("t.txt");
        lua.Run("file.write(path, 'tmp')");
        System.IO.File.ReadAllText(_dir.In("t.txt")).ShouldBe("tmp");
        lua.Error("file.read('/etc/hostname')").ShouldContain("outside the allowed file roots");
    }

    [Fact]
    public void Write_into_a_missing_directory_is_an_error_naming_the_path() =>
        _lua.Error("file.write(root .. '/no/such/dir/f', 'x')").ShouldContain("/no/such/dir/f");

    public void Dispose()
    {
        _lua.Dispose();
        _dir.Dispose();
    }
}
