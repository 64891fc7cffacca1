using SlothActors.Events.Hooks;
using static SlothActors.Events.Tests.Hooks.HookFixtures;

namespace SlothActors.Events.Tests.Hooks;

public sealed class HookRegistryTests
{
    private static readonly HookRegistry Registry = HookRegistry.Build(
    [
        Hook("exact", null, true, "task.failed"),
        Hook("prefix", null, true, "task.*"),
        Hook("everything", null, true, "*"),
        Hook("prod-only", "production", true, "task.*"),
        Hook("staging-all", "staging", true, "*"),
        Hook("disabled", null, false, "*"),
        Hook("two-patterns", null, true, "deploy.failed", "task.*"),
        Hook("nested", null, true, "deploy.k8s.*"),
    ]);

    public static TheoryData<string, string?, string[]> Cases => new()
    {
        { "task.failed", null, ["everything", "exact", "prefix", "two-patterns"] },
        { "task.failed", "production", ["everything", "exact", "prefix", "prod-only", "two-patterns"] },
        { "task.failed", "staging", ["everything", "exact", "prefix", "staging-all", "two-patterns"] },
        { "task.started", "production", ["everything", "prefix", "prod-only", "two-patterns"] },
        { "deploy.failed", null, ["everything", "two-patterns"] },
        { "deploy.k8s.rolled", "production", ["everything", "nested"] },
        { "custom", "staging", ["everything", "staging-all"] },
        { "workflow.started", "other", ["everything"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Match_applies_patterns_and_stack_isolation(string type, string? stack, string[] expected)
    {
        Registry.Match(type, stack).Select(h => h.Name).ShouldBe(expected);
        // The second answer comes from the cache and must be the same.
        Registry.Match(type, stack).Select(h => h.Name).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "production", true)]
    [InlineData("production", "production", true)]
    [InlineData("production", null, false)]
    [InlineData("production", "staging", false)]
    [InlineData("production", "Production", false)]
    public void Stack_isolation_rule(string? hookStack, string? eventStack, bool runs) =>
        StackIsolation.Allows(hookStack, eventStack).ShouldBe(runs);

    [Fact]
    public void A_hook_listing_two_matching_patterns_runs_once()
    {
        var registry = HookRegistry.Build([Hook("both", null, true, "task.failed", "task.*", "*")]);
        registry.Match("task.failed", null).ShouldHaveSingleItem().Name.ShouldBe("both");
    }

    [Fact]
    public void An_empty_registry_matches_nothing_and_lists_nothing()
    {
        HookRegistry.Empty.Match("task.failed", null).ShouldBeEmpty();
        HookRegistry.Empty.All.ShouldBeEmpty();
    }

    [Fact]
    public void All_lists_disabled_hooks_too_and_by_name_finds_them()
    {
        Registry.All.Count.ShouldBe(8);
        Registry.ByName["disabled"].Enabled.ShouldBeFalse();
    }

    [Fact]
    public void Duplicate_names_are_refused()
    {
        Should.Throw<ArgumentException>(() => HookRegistry.Build([Hook("a", null, true, "*"), Hook("a", null, true, "x")]))
            .Message.ShouldContain("'a'");
    }

    [Fact]
    public void Answers_stay_correct_past_the_cache_cap()
    {
        var registry = HookRegistry.Build([Hook("prefix", null, true, "custom.*")]);
        for (var i = 0; i < HookRegistry.MaxCachedAnswers + 10; i++)
        {
            registry.Match($"custom.t{i}", null).ShouldHaveSingleItem();
        }

        registry.Match("other", null).ShouldBeEmpty();
    }
}
