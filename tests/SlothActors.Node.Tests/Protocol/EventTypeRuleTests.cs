using SlothActors.Node.Protocol;

namespace SlothActors.Node.Tests.Protocol;

public class EventTypeRuleTests
{
    [Theory]
    [InlineData("task.failed", "task")]
    [InlineData("workflow_started", "workflow")]
    [InlineData("custom", "custom")]
    [InlineData("agent.heartbeat_failed", "agent")]
    public void The_category_is_the_name_up_to_its_first_dot_or_underscore(string type, string category) =>
        EventTypeRule.CategoryOf(type).ShouldBe(category);

    [Fact]
    public void Names_are_at_most_128_characters() =>
        (EventTypeRule.IsValid(new string('a', 128)), EventTypeRule.IsValid(new string('a', 129))).ShouldBe((true, false));
}
