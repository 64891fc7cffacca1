using SlothActors.Lua.Runtime;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Integration;

/// <summary>The modules tested on bare states elsewhere, run once each inside the sandbox and limits of the real runner.</summary>
public sealed class ModulesThroughRuntimeTests : IDisposable
{
    private readonly IntegratedRuntime _runtime = new();
    private readonly TempRoot _dir = new();

    public void Dispose()
    {
        _runtime.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Yaml_decodes_what_it_encoded()
    {
        var result = await _runtime.RunBodyAsync("""
            local back = yaml.decode(yaml.encode({ name = "web", replicas = 3, tags = { "a", "b" } }))
            return true, back.name .. " " .. back.replicas .. " " .. back.tags[2]
            """);

        result.Output.ShouldBe("web 3 b");
    }

    [Fact]
    public async Task Template_renders_dotted_paths_of_the_event_data()
    {
        var result = await _runtime.RunBodyAsync(
            """return true, template.render("{{.task.name}} failed on {{.agent}}", event.data)""",
            """{"task":{"name":"build"},"agent":"web-01"}""");

        result.Output.ShouldBe("build failed on web-01");
    }

    [Fact]
    public async Task Crypto_hashes_and_a_bad_algorithm_is_a_catchable_error()
    {
        var result = await _runtime.RunBodyAsync("""
            local ok, err = pcall(function() local mac = crypto.hmac("sha3", "k", "d") return mac end)
            return true, crypto.sha256("abc"):sub(1, 8) .. " " .. err
            """);

        result.Output.ShouldBe("ba7816bf test_hook.lua:3: crypto.hmac: unknown algorithm 'sha3' (use sha256, sha512, sha1 or md5)");
    }

    [Fact]
    public async Task Env_reads_variables_but_hides_the_nodes_credentials()
    {
        Environment.SetEnvironmentVariable("SLOTH_LUA_IT_PLAIN", "visible");
        Environment.SetEnvironmentVariable("SLOTH_LUA_IT_TOKEN", "hidden");

        var result = await _runtime.RunBodyAsync("""return true, env.get("SLOTH_LUA_IT_PLAIN") .. " " .. tostring(env.get("SLOTH_LUA_IT_TOKEN"))""");

        result.Output.ShouldBe("visible nil");
    }

    [Fact]
    public async Task File_roots_default_to_the_system_temp_dir()
    {
        var inside = _dir.In("note.txt");
        var result = await _runtime.RunBodyAsync($$"""
            file.write("{{inside}}", "hello")
            local ok, err = pcall(file.read, "/etc/hostname")
            return true, file.read("{{inside}}") .. " | " .. err
            """);

        result.Error.ShouldBeNull();
        result.Output!.ShouldStartWith("hello | ");
        result.Output.ShouldContain("'/etc/hostname' is outside the allowed file roots");
        System.IO.File.ReadAllText(inside).ShouldBe("hello");
    }

    [Fact]
    public async Task File_roots_from_the_options_replace_the_default()
    {
        using var runtime = new IntegratedRuntime(new LuaRuntimeOptions { FileRoots = [_dir.Root] });
        var elsewhere = Path.Combine(Path.GetTempPath(), "sloth-lua-outside-" + Guid.NewGuid().ToString("N"));

        var result = await runtime.RunBodyAsync($$"""file.write("{{elsewhere}}", "x")""");

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("is outside the allowed file roots");
        System.IO.File.Exists(elsewhere).ShouldBeFalse();
    }

    [Fact]
    public async Task File_ops_edits_a_file_and_reports_failures_as_nil_and_a_message()
    {
        var config = _dir.In("app.conf");
        System.IO.File.WriteAllText(config, "port=80\n");

        var result = await _runtime.RunBodyAsync($$"""
            local ok, change = file_ops.lineinfile({ path = "{{config}}", regexp = "^port=", line = "port=8080" })
            local none, err = file_ops.lineinfile({ path = "{{_dir.In("missing.conf")}}", line = "x" })
            return true, tostring(ok) .. " " .. tostring(change.changed) .. " " .. tostring(none) .. " " .. err
            """);

        result.Output!.ShouldStartWith("true true nil file_ops.lineinfile: ");
        result.Output.ShouldContain("does not exist (set create = true to create it)");
        System.IO.File.ReadAllText(config).ShouldBe("port=8080\n");
    }

    [Fact]
    public async Task Print_log_and_slog_are_captured_in_order_in_the_output()
    {
        var result = await _runtime.RunBodyAsync("""
            print("plain", 1)
            log.warn("disk at", 91, "%")
            slog.info("scaled", { from = 2, to = 4 })
            """);

        result.Output.ShouldBe("plain\t1\n[WARN] disk at 91 %\n[INFO] scaled from=2 to=4");
    }
}
