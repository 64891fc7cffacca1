using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

public abstract partial class EventJournalContract
{
    [Fact]
    public async Task Hook_add_then_get_round_trips_every_field()
    {
        var hook = NewHook("notify", "production", "task.failed", "deploy.*");
        await Journal.AddHookAsync(hook, None);

        (await Journal.GetHookAsync("notify", None)).ShouldBeEquivalentTo(hook);
        (await Journal.GetHookAsync("missing", None)).ShouldBeNull();
    }

    [Fact]
    public async Task Hook_add_with_a_taken_name_is_a_typed_error()
    {
        await Journal.AddHookAsync(NewHook("notify"), None);

        var error = await Should.ThrowAsync<DuplicateHookNameException>(() =>
            Journal.AddHookAsync(NewHook("notify") with { Id = "another-id" }, None));
        error.HookName.ShouldBe("notify");
    }

    [Fact]
    public async Task Hook_add_refuses_an_invalid_definition()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() =>
            Journal.AddHookAsync(NewHook("notify") with { EventTypes = ["Not Valid"] }, None));
        error.Message.ShouldContain("Not Valid");
    }

    [Fact]
    public async Task Hook_list_is_ordered_by_name_and_filters_by_stack()
    {
        await Journal.AddHookAsync(NewHook("b-prod", "production"), None);
        await Journal.AddHookAsync(NewHook("a-any"), None);
        await Journal.AddHookAsync(NewHook("c-staging", "staging"), None);

        (await Journal.ListHooksAsync(null, None)).Select(h => h.Name).ShouldBe(["a-any", "b-prod", "c-staging"]);
        (await Journal.ListHooksAsync("production", None)).Select(h => h.Name).ShouldBe(["b-prod"]);
        (await Journal.ListHooksAsync("nowhere", None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Hook_enable_and_disable_change_the_flag_and_the_update_time()
    {
        await Journal.AddHookAsync(NewHook("notify"), None);

        (await Journal.SetHookEnabledAsync("notify", false, T0.AddHours(1), None)).ShouldBeTrue();
        var disabled = await Journal.GetHookAsync("notify", None);
        disabled!.Enabled.ShouldBeFalse();
        disabled.UpdatedAt.ShouldBe(T0.AddHours(1));

        (await Journal.SetHookEnabledAsync("notify", true, T0.AddHours(2), None)).ShouldBeTrue();
        (await Journal.GetHookAsync("notify", None))!.Enabled.ShouldBeTrue();
        (await Journal.SetHookEnabledAsync("missing", true, T0, None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Hook_remove_deletes_it_once()
    {
        await Journal.AddHookAsync(NewHook("notify"), None);

        (await Journal.RemoveHookAsync("notify", None)).ShouldBeTrue();
        (await Journal.RemoveHookAsync("notify", None)).ShouldBeFalse();
        (await Journal.GetHookAsync("notify", None)).ShouldBeNull();
    }

    [Fact]
    public async Task Hook_upsert_adds_updates_or_leaves_unchanged_and_keeps_identity_counts_and_enabled()
    {
        var hook = NewHook("notify");
        (await Journal.UpsertHookAsync(hook, None)).ShouldBe(HookUpsertResult.Added);
        (await Journal.UpsertHookAsync(hook with { UpdatedAt = T0.AddDays(1) }, None)).ShouldBe(HookUpsertResult.Unchanged);
        await Journal.SetHookEnabledAsync("notify", false, T0, None);

        const string script = "function on_event(e) return false end";
        var changed = hook with
        {
            Id = "ignored-new-id",
            Script = script,
            ScriptSha256 = HookScriptHash.Of(script),
            EventTypes = ["*"],
            Enabled = true,
            UpdatedAt = T0.AddDays(2),
            CreatedAt = T0.AddDays(2),
        };
        (await Journal.UpsertHookAsync(changed, None)).ShouldBe(HookUpsertResult.Updated);

        var stored = await Journal.GetHookAsync("notify", None);
        stored!.Id.ShouldBe(hook.Id);
        stored.CreatedAt.ShouldBe(T0);
        stored.Enabled.ShouldBeFalse();
        stored.Script.ShouldBe(script);
        stored.EventTypes.ShouldBe(["*"]);
        stored.UpdatedAt.ShouldBe(T0.AddDays(2));
    }
}
