using SlothActors.Lua.Tests.Examples.Support;
using SlothActors.Lua.Tests.Integration.Support;
using SlothActors.Lua.Tests.Modules.Http;
using SlothActors.Lua.Tests.Modules.Support;
using SlothActors.Lua.Tests.Runtime.Support;

namespace SlothActors.Lua.Tests.Docs;

/// <summary>Runs every marked example of docs/hooks.md through the real runner and checks the output it promises.</summary>
public sealed class DocExamplesTests : IClassFixture<TestHttpServer>, IDisposable
{
    private const string DocsServer = "http://127.0.0.1:8080";
    private const string DocsDirectory = "/tmp/sloth-docs";
    private const string TaskData = """{"task":{"task_name":"deploy_app","agent_name":"web-server-01","exit_code":1}}""";

    private static readonly string Markdown = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ExampleHooks.PathOf("x"))!, "..", "docs", "hooks.md"));

    private readonly TestHttpServer _server;
    private readonly TempRoot _dir = new();
    private readonly InMemorySecretStore _secrets = new();
    private readonly IntegratedRuntime _runtime;

    public DocExamplesTests(TestHttpServer server)
    {
        _server = server;
        _secrets.SetAsync("production", "api_token", "tok-1234567890", DateTimeOffset.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
        _runtime = new IntegratedRuntime(secrets: _secrets);
    }

    public static TheoryData<string> Names => new(DocExample.ReadAll(Markdown).Select(e => e.Name));

    public void Dispose()
    {
        _runtime.Dispose();
        _dir.Dispose();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_example_runs_and_prints_what_its_comments_say(string name)
    {
        var example = DocExample.ReadAll(Markdown).Single(e => e.Name == name);
        var code = example.Code.Replace(DocsServer, _server.BaseUrl.TrimEnd('/'), StringComparison.Ordinal)
            .Replace(DocsDirectory, _dir.Root, StringComparison.Ordinal);

        var result = await _runtime.RunBodyAsync(code, TaskData, stack: "production");

        result.Error.ShouldBeNull($"docs/hooks.md line {example.Line}");
        (result.Output ?? "").ShouldBe(string.Join('\n', example.ExpectedOutput), $"docs/hooks.md line {example.Line}");
    }

    [Fact]
    public void Every_module_section_has_a_tested_example()
    {
        var names = DocExample.ReadAll(Markdown).Select(e => e.Name).ToList();

        names.ShouldBeUnique();
        foreach (var module in new[] { "json", "slog", "event", "yaml", "template", "crypto", "env", "file", "file_ops", "http", "exec", "state", "secret" })
        {
            names.ShouldContain(n => n.StartsWith(module + "_", StringComparison.Ordinal), $"no example for {module}");
        }
    }

    [Fact]
    public void Every_lua_block_after_the_formats_section_is_a_marked_example()
    {
        var formatsEnd = Markdown.AsSpan(0, Markdown.IndexOf("## 2. Results", StringComparison.Ordinal)).Count('\n') + 1;

        DocExample.Blocks(Markdown)
            .Where(block => block.Line > formatsEnd && !block.Code.StartsWith("-- example: ", StringComparison.Ordinal))
            .Select(block => block.Line)
            .ShouldBeEmpty();
    }
}
