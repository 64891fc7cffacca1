using SlothActors.Journal.State;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

/// <summary>The behaviour every <see cref="IStateStore"/> must show.</summary>
public abstract class StateStoreContract : JournalContractBase
{
    private IStateStore State => Journal.State;

    [Fact]
    public async Task Set_then_get_round_trips_any_json_value()
    {
        await State.SetAsync("prod", "count", "42", null, T0, None);
        await State.SetAsync("prod", "table", """{"a":[1,"x",true,null]}""", null, T0, None);

        (await State.GetAsync("prod", "count", T0, None)).ShouldBe("42");
        (await State.GetAsync("prod", "table", T0, None)).ShouldBe("""{"a":[1,"x",true,null]}""");
        (await State.GetAsync("prod", "missing", T0, None)).ShouldBeNull();
    }

    [Fact]
    public async Task Scopes_are_isolated()
    {
        await State.SetAsync("prod", "k", "1", null, T0, None);
        await State.SetAsync("", "k", "2", null, T0, None);

        (await State.GetAsync("prod", "k", T0, None)).ShouldBe("1");
        (await State.GetAsync("", "k", T0, None)).ShouldBe("2");
        (await State.GetAsync("staging", "k", T0, None)).ShouldBeNull();
    }

    [Fact]
    public async Task Set_overwrites_and_delete_removes_a_live_key_once()
    {
        await State.SetAsync("s", "k", "1", null, T0, None);
        await State.SetAsync("s", "k", "\"two\"", null, T0, None);
        (await State.GetAsync("s", "k", T0, None)).ShouldBe("\"two\"");

        (await State.DeleteAsync("s", "k", T0, None)).ShouldBeTrue();
        (await State.DeleteAsync("s", "k", T0, None)).ShouldBeFalse();
        (await State.ExistsAsync("s", "k", T0, None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Set_refuses_text_that_is_not_json() =>
        await Should.ThrowAsync<ArgumentException>(() => State.SetAsync("s", "k", "not json", null, T0, None));

    [Fact]
    public async Task A_key_with_a_ttl_expires_and_then_reads_as_absent_everywhere()
    {
        await State.SetAsync("s", "session", "\"abc\"", TimeSpan.FromMinutes(1), T0, None);

        (await State.ExistsAsync("s", "session", T0.AddSeconds(59), None)).ShouldBeTrue();
        (await State.GetAsync("s", "session", T0.AddMinutes(1), None)).ShouldBeNull();
        (await State.ExistsAsync("s", "session", T0.AddMinutes(1), None)).ShouldBeFalse();
        (await State.KeysAsync("s", null, T0.AddMinutes(1), None)).ShouldBeEmpty();
        (await State.DeleteAsync("s", "session", T0.AddMinutes(1), None)).ShouldBeFalse();
    }

    [Fact]
    public async Task Keys_are_sorted_and_filtered_by_prefix()
    {
        foreach (var key in new[] { "user:2", "user:1", "job:1", "user" })
        {
            await State.SetAsync("s", key, "1", null, T0, None);
        }

        await State.SetAsync("other", "user:3", "1", null, T0, None);

        (await State.KeysAsync("s", null, T0, None)).ShouldBe(["job:1", "user", "user:1", "user:2"]);
        (await State.KeysAsync("s", "user:", T0, None)).ShouldBe(["user:1", "user:2"]);
        (await State.KeysAsync("s", "%", T0, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Increment_starts_from_zero_and_adds()
    {
        (await State.IncrementAsync("s", "n", 1, T0, None)).ShouldBe(1);
        (await State.IncrementAsync("s", "n", 2.5, T0, None)).ShouldBe(3.5);
        (await State.IncrementAsync("s", "n", -4, T0, None)).ShouldBe(-0.5);
        (await State.GetAsync("s", "n", T0, None)).ShouldBe("-0.5");
    }

    [Fact]
    public async Task Increment_keeps_a_live_ttl_and_restarts_an_expired_key()
    {
        await State.SetAsync("s", "n", "10", TimeSpan.FromMinutes(1), T0, None);

        (await State.IncrementAsync("s", "n", 1, T0.AddSeconds(10), None)).ShouldBe(11);
        (await State.GetAsync("s", "n", T0.AddMinutes(1), None)).ShouldBeNull();
        (await State.IncrementAsync("s", "n", 1, T0.AddMinutes(2), None)).ShouldBe(1);
    }

    [Fact]
    public async Task Increment_of_a_value_that_is_not_a_number_is_refused()
    {
        await State.SetAsync("s", "name", "\"alice\"", null, T0, None);

        await Should.ThrowAsync<InvalidOperationException>(() => State.IncrementAsync("s", "name", 1, T0, None));
        (await State.GetAsync("s", "name", T0, None)).ShouldBe("\"alice\"");
    }

    [Fact]
    public async Task Concurrent_increments_from_8_threads_never_lose_an_update()
    {
        const int threads = 8;
        const int perThread = 500;
        await Task.WhenAll(Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < perThread; i++)
            {
                await State.IncrementAsync("s", "counter", 1, T0, None);
            }
        })));

        (await State.GetAsync("s", "counter", T0, None)).ShouldBe((threads * perThread).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
