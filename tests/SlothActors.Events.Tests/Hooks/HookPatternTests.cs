using SlothActors.Events.Hooks;

namespace SlothActors.Events.Tests.Hooks;

public sealed class HookPatternTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "task.failed", "task.failed", true },
        { "task.failed", "task.failed2", false },
        { "task.failed", "task", false },
        { "task.*", "task.failed", true },
        { "task.*", "task.a.b", true },
        { "task.*", "task", false },
        { "task.*", "tasks.failed", false },
        { "task.*", "workflow.failed", false },
        { "deploy.k8s.*", "deploy.k8s.done", true },
        { "deploy.k8s.*", "deploy.failed", false },
        { "*", "anything", true },
        { "*", "custom", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pattern_matches_exact_types_prefixes_and_everything(string pattern, string type, bool expected) =>
        HookPattern.Parse(pattern).Matches(type).ShouldBe(expected);

    [Theory]
    [InlineData("task.*", HookPatternKind.Prefix, "task")]
    [InlineData("task.failed", HookPatternKind.Exact, "task.failed")]
    [InlineData("*", HookPatternKind.All, "")]
    public void Parse_tells_the_kind_and_stem(string text, HookPatternKind kind, string stem)
    {
        var pattern = HookPattern.Parse(text);
        pattern.Kind.ShouldBe(kind);
        pattern.Stem.ShouldBe(stem);
        pattern.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Task.failed")]
    [InlineData("task*")]
    [InlineData("*.failed")]
    [InlineData(".*")]
    [InlineData("task.**")]
    public void Invalid_patterns_are_refused_with_the_accepted_forms(string text)
    {
        HookPattern.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("task.failed");
    }
}
