namespace SlothActors.Events.Tests;

public sealed class NamesTests
{
    [Theory]
    [InlineData("debug", EventSeverity.Debug)]
    [InlineData("INFO", EventSeverity.Info)]
    [InlineData("Warning", EventSeverity.Warning)]
    [InlineData("warn", EventSeverity.Warning)]
    [InlineData(" error ", EventSeverity.Error)]
    [InlineData("critical", EventSeverity.Critical)]
    [InlineData("fatal", EventSeverity.Critical)]
    public void Severity_parsing_is_case_insensitive_and_accepts_aliases(string text, EventSeverity expected) =>
        EventSeverityNames.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("loud")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_severity_is_refused_with_the_valid_names(string? text)
    {
        EventSeverityNames.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => EventSeverityNames.Parse(text)).Message.ShouldContain("debug, info, warning, error, critical");
    }

    [Fact]
    public void Severity_and_status_names_round_trip()
    {
        foreach (var severity in Enum.GetValues<EventSeverity>())
        {
            EventSeverityNames.Parse(EventSeverityNames.ToName(severity)).ShouldBe(severity);
        }

        foreach (var status in Enum.GetValues<EventStatus>())
        {
            EventStatusNames.TryParse(EventStatusNames.ToName(status), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(status);
        }

        EventStatusNames.TryParse("done", out _).ShouldBeFalse();
    }

    [Fact]
    public void New_event_ids_are_version_7_uuids_whose_millisecond_prefix_never_goes_back()
    {
        var first = EventIds.New();
        var second = EventIds.New();
        Guid.Parse(first).Version.ShouldBe(7);
        string.CompareOrdinal(first[..13], second[..13]).ShouldBeLessThanOrEqualTo(0);
        EventIds.Validate(first).ShouldBeNull();
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a b", "spaces")]
    public void Bad_producer_ids_are_refused(string id, string expected) =>
        EventIds.Validate(id).ShouldNotBeNull().ShouldContain(expected);

    [Fact]
    public void Overlong_producer_ids_are_refused() =>
        EventIds.Validate(new string('x', 129)).ShouldNotBeNull().ShouldContain("maximum is 128");
}
