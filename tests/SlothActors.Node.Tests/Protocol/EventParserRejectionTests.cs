using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

public class EventParserRejectionTests
{
    [Theory]
    [InlineData("""{}""", 422, "event_type")]
    [InlineData("""{"data": {}}""", 422, "event_type")]
    [InlineData("""{"event_type": null}""", 422, "event_type")]
    [InlineData("""{"event_type": ""}""", 422, "event_type")]
    [InlineData("""{"event_type": 7}""", 422, "event_type")]
    [InlineData("""{"event_type": "Task.Failed"}""", 422, "event_type")]
    [InlineData("""{"event_type": "1task"}""", 422, "event_type")]
    [InlineData("""{"event_type": "task failed"}""", 422, "event_type")]
    [InlineData("""{"event_type": "a", "type": "b"}""", 422, "event_type")]
    [InlineData("""{"event_type": "x", "id": "a", "event_id": "b"}""", 422, "event_id")]
    [InlineData("""{"event_type": "x", "event_id": 5}""", 422, "event_id")]
    [InlineData("""{"event_type": "x", "data": [1, 2]}""", 422, "data")]
    [InlineData("""{"event_type": "x", "data": "text"}""", 422, "data")]
    [InlineData("""{"event_type": "x", "timestamp": "yesterday"}""", 422, "timestamp")]
    [InlineData("""{"event_type": "x", "timestamp": 1700000000}""", 422, "timestamp")]
    [InlineData("""{"event_type": "x", "severity": "loud"}""", 422, "severity")]
    [InlineData("""{"event_type": "x", "severity": "1"}""", 422, "severity")]
    [InlineData("""{"event_type": "x", "severity": "debug,info"}""", 422, "severity")]
    [InlineData("""{"event_type": "x", "tags": "a"}""", 422, "tags")]
    [InlineData("""{"event_type": "x", "tags": ["a", 1]}""", 422, "tags")]
    [InlineData("""{"event_type": "x", "tags": [""]}""", 422, "tags")]
    [InlineData("""{"event_type": "x", "depth": -1}""", 422, "depth")]
    [InlineData("""{"event_type": "x", "depth": 1.5}""", 422, "depth")]
    [InlineData("""{"event_type": "x", "stack": {}}""", 422, "stack")]
    [InlineData("""{"event_type": "x", "source_system": ["a"]}""", 422, "source_system")]
    [InlineData("""[{"event_type": "x"}]""", 422, "event")]
    public void A_bad_event_is_refused_naming_the_field(string body, int status, string field)
    {
        var error = Parse.Refused(body);
        error.Status.ShouldBe(status);
        error.Field.ShouldBe(field);
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"event_type": "x" """)]
    [InlineData("""{"event_type": "x"} {}""")]
    [InlineData("""{"event_type": 'x'}""")]
    public void A_body_that_is_not_json_is_a_400(string body)
    {
        var error = Parse.Refused(body);
        error.Status.ShouldBe(400);
        error.Slug.ShouldBe("not-json");
    }

    [Fact]
    public void Data_over_the_limit_is_a_413_saying_the_limit()
    {
        var limits = ProtocolLimits.Default.WithMaxDataBytes(64);
        var error = Parse.Refused($$$"""{"event_type": "x", "data": {"k": "{{{new string('a', 80)}}}"}}""", limits);
        error.Status.ShouldBe(413);
        error.Field.ShouldBe("data");
        error.Message.ShouldContain("64 bytes");
        Parse.Parser(limits).ParseEvent("""{"event_type": "x", "data": {"k": "small"}}"""u8).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Tags_are_bounded_in_count_and_length()
    {
        var limits = ProtocolLimits.Default with { MaxTags = 2, MaxTagLength = 3 };
        Parse.Refused("""{"event_type": "x", "tags": ["a", "b", "c"]}""", limits).Message.ShouldContain("at most 2 tags");
        Parse.Refused("""{"event_type": "x", "tags": ["abcd"]}""", limits).Field.ShouldBe("tags");
    }

    [Fact]
    public void Identifiers_and_extra_fields_are_bounded()
    {
        var limits = ProtocolLimits.Default with { MaxIdentifierLength = 4, MaxExtraBytes = 16 };
        Parse.Refused("""{"event_type": "x", "stack": "toolong"}""", limits).Field.ShouldBe("stack");
        var extra = Parse.Refused("""{"event_type": "x", "blob": "0123456789abcdef"}""", limits);
        extra.Status.ShouldBe(413);
        extra.Field.ShouldBe("blob");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_as_bad_json()
    {
        var deep = new string('[', 100) + new string(']', 100);
        Parse.Refused($$$"""{"event_type": "x", "data": {"k": {{{deep}}}}}""").Status.ShouldBe(400);
    }
}
