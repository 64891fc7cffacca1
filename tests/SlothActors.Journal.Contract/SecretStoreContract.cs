using SlothActors.Journal.Secrets;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

/// <summary>The behaviour every <see cref="ISecretStore"/> must show.</summary>
public abstract class SecretStoreContract : JournalContractBase
{
    private ISecretStore Secrets => Journal.Secrets;

    [Fact]
    public async Task Set_then_get_round_trips_the_value()
    {
        await Secrets.SetAsync("prod", "slack_token", "xoxb-1234-ünïcode", T0, None);

        (await Secrets.GetAsync("prod", "slack_token", None)).ShouldBe("xoxb-1234-ünïcode");
        (await Secrets.GetAsync("prod", "missing", None)).ShouldBeNull();
        (await Secrets.GetAsync("staging", "slack_token", None)).ShouldBeNull();
    }

    [Fact]
    public async Task Set_replaces_a_value_and_list_gives_names_only()
    {
        await Secrets.SetAsync("prod", "b", "one", T0, None);
        await Secrets.SetAsync("prod", "a", "two", T0, None);
        await Secrets.SetAsync("prod", "b", "three", T0, None);
        await Secrets.SetAsync("other", "c", "x", T0, None);

        (await Secrets.GetAsync("prod", "b", None)).ShouldBe("three");
        (await Secrets.ListAsync("prod", None)).ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Remove_deletes_once()
    {
        await Secrets.SetAsync("", "token", "v", T0, None);

        (await Secrets.RemoveAsync("", "token", None)).ShouldBeTrue();
        (await Secrets.RemoveAsync("", "token", None)).ShouldBeFalse();
        (await Secrets.GetAsync("", "token", None)).ShouldBeNull();
    }

    [Fact]
    public async Task An_empty_value_round_trips()
    {
        await Secrets.SetAsync("", "empty", "", T0, None);
        (await Secrets.GetAsync("", "empty", None)).ShouldBe("");
    }
}
