using SlothActors.Events.Naming;

namespace SlothActors.Events.Tests.Naming;

public sealed class EventTypeNameTests
{
    public static TheoryData<string?, string?> Cases => new()
    {
        { "task.failed", null },
        { "custom", null },
        { "workflow_started", null },
        { "a", null },
        { "deploy.k8s-prod.v2", null },
        { new string('a', 128), null },
        { null, "empty" },
        { "", "empty" },
        { new string('a', 129), "129 characters long" },
        { "1task", "must start with a lower-case letter" },
        { ".task", "must start with a lower-case letter" },
        { "Task.failed", "must start with a lower-case letter" },
        { "task.Failed", "character 'F' at position 6" },
        { "task failed", "character ' ' at position 5" },
        { "task.*", "character '*' at position 6" },
        { "task\n", "\\u000a" },
        { "tâche", "character 'â'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Grammar_accepts_valid_names_and_says_what_is_wrong_with_the_others(string? name, string? expectedProblem)
    {
        var problem = EventTypeName.Validate(name);
        EventTypeName.IsValid(name).ShouldBe(expectedProblem is null);
        if (expectedProblem is null)
        {
            problem.ShouldBeNull();
        }
        else
        {
            problem.ShouldNotBeNull().ShouldContain(expectedProblem);
            problem.ShouldStartWith("event type");
        }
    }

    [Theory]
    [InlineData("task.failed", "task")]
    [InlineData("deploy.k8s.done", "deploy")]
    [InlineData("custom", "custom")]
    public void Category_is_the_part_before_the_first_dot(string name, string category) =>
        EventTypeName.CategoryOf(name).ShouldBe(category);

    [Fact]
    public void Hook_names_use_the_same_grammar_and_name_themselves_in_messages()
    {
        HookName.IsValid("notify-slack").ShouldBeTrue();
        HookName.Validate("Notify").ShouldNotBeNull().ShouldStartWith("hook name");
    }

    [Theory]
    [InlineData("production", true)]
    [InlineData("Prod-EU_2.a", true)]
    [InlineData("", false)]
    [InlineData("prod eu", false)]
    [InlineData("prod/eu", false)]
    public void Stack_names_allow_letters_digits_and_separators(string stack, bool valid) =>
        StackName.IsValid(stack).ShouldBe(valid);
}
