using SlothActors.Lua.Modules.Template;
using SlothActors.Lua.Tests.Modules.Support;

namespace SlothActors.Lua.Tests.Modules.Template;

public sealed class TemplateModuleTests : IDisposable
{
    private readonly ModuleHarness _lua = ModuleHarness.Create(new TemplateModule());

    [Fact]
    public void Render_substitutes_top_level_and_dotted_fields() =>
        _lua.Eval("template.render('Task {{.task.name}} failed with {{ .code }} on {{.host}}', {task = {name = 'build'}, code = 2, host = 'a1'})")
            .ShouldBe("Task build failed with 2 on a1");

    [Fact]
    public void Render_prints_missing_fields_as_the_empty_string() =>
        _lua.Eval("template.render('[{{.nope}}][{{.task.nope.deeper}}]', {task = {}})").ShouldBe("[][]");

    [Fact]
    public void Render_formats_numbers_booleans_lists_and_tables()
    {
        _lua.Eval("template.render('{{.f}} {{.b}} {{.list.2}} {{.t}}', {f = 1.5, b = false, list = {'x', 'y'}, t = {k = 1}})")
            .ShouldBe("1.5 false y {\"k\":1}");
    }

    [Fact]
    public void Render_of_dot_prints_the_data_itself() => _lua.Eval("template.render('<{{.}}>', 'plain')").ShouldBe("<plain>");

    [Fact]
    public void Render_trims_space_around_dash_markers() =>
        _lua.Eval("template.render('a   {{- .x -}}   b', {x = '-'})").ShouldBe("a-b");

    [Fact]
    public void Render_leaves_text_without_actions_unchanged() =>
        _lua.Eval("template.render('no actions } here {', {})").ShouldBe("no actions } here {");

    [Fact]
    public void An_unclosed_action_is_an_error_with_its_position() =>
        _lua.Error("template.render('line one\\nvalue {{.name', {})").ShouldContain("template.render: unclosed '{{' at line 2, column 7");

    [Fact]
    public void An_unsupported_action_is_an_error_not_silent_output() =>
        _lua.Error("template.render('{{if .x}}y{{end}}', {})").ShouldContain("unsupported action '{{if .x}}'");

    public void Dispose() => _lua.Dispose();
}
