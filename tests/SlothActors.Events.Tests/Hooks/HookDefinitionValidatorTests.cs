using SlothActors.Events.Hooks;
using static SlothActors.Events.Tests.Hooks.HookFixtures;

namespace SlothActors.Events.Tests.Hooks;

public sealed class HookDefinitionValidatorTests
{
    [Fact]
    public void A_well_formed_hook_has_no_problems() =>
        HookDefinitionValidator.Validate(Hook("notify", "production", true, "task.*", "deploy.failed")).ShouldBeEmpty();

    [Fact]
    public void Every_problem_is_reported()
    {
        var hook = Hook("Bad Name", "prod/eu", true, "Task.*") with { ScriptSha256 = "0", Timeout = TimeSpan.Zero };
        var problems = HookDefinitionValidator.Validate(hook);
        problems.Count.ShouldBe(5);
        problems.ShouldContain(p => p.StartsWith("hook name", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("'Task.*'", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("stack", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("script_sha256", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hook_needs_at_least_one_event_type() =>
        HookDefinitionValidator.Validate(Hook("none", null, true)).ShouldHaveSingleItem().ShouldContain("no event type");

    [Fact]
    public void Script_hash_is_lower_case_hex_sha256() =>
        HookScriptHash.Of("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
