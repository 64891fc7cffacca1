using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

public class BatchParserTests
{
    [Theory]
    [InlineData("""[{"event_type": "a"}, {"type": "b"}]""")]
    [InlineData("""{"events": [{"event_type": "a"}, {"type": "b"}]}""")]
    [InlineData("""{"source": "x", "events": [{"event_type": "a"}, {"type": "b"}], "more": [1]}""")]
    public void A_batch_is_an_array_or_an_object_with_events(string body)
    {
        var batch = Parse.Batch(body);
        batch.Error.ShouldBeNull();
        batch.Events.Select(e => e.Type).ShouldBe(["a", "b"]);
        batch.Failures.ShouldBeEmpty();
    }

    [Fact]
    public void One_bad_event_is_reported_by_index_and_the_rest_are_kept()
    {
        var batch = Parse.Batch("""
            [{"event_type": "a"}, {"data": {"x": 1}}, 5, {"event_type": "b", "tags": [1, [2]], "z": 1}, {"event_type": "c"}]
            """);
        batch.Error.ShouldBeNull();
        batch.Events.Select(e => e.Type).ShouldBe(["a", "c"]);
        batch.Failures.Select(f => (f.Index, f.Error.Field)).ShouldBe([(1, "event_type"), (2, "event"), (3, "tags")]);
    }

    [Fact]
    public void More_events_than_the_limit_refuse_the_whole_batch_with_413()
    {
        var limits = ProtocolLimits.Default.WithMaxBatchEvents(2);
        Parse.Batch("""[{"type": "a"}, {"type": "b"}]""", limits).Events.Count.ShouldBe(2);
        var refused = Parse.Batch("""[{"type": "a"}, {"type": "b"}, {"type": "c"}]""", limits);
        refused.Error!.Status.ShouldBe(413);
        refused.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"event_type": "a"}""", 422)]
    [InlineData("""{"events": {"event_type": "a"}}""", 422)]
    [InlineData("\"events\"", 422)]
    [InlineData("[{\"event_type\": \"a\"}", 400)]
    [InlineData("", 400)]
    public void A_body_that_is_no_batch_is_refused_whole(string body, int status)
    {
        var batch = Parse.Batch(body);
        batch.Error!.Status.ShouldBe(status);
        batch.Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_empty_batch_is_valid_and_stores_nothing()
    {
        var batch = Parse.Batch("[]");
        batch.Error.ShouldBeNull();
        batch.Events.ShouldBeEmpty();
    }
}
