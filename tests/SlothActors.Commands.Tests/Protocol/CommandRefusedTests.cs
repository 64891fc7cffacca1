using SlothActors.Commands.Protocol;

namespace SlothActors.Commands.Tests.Protocol;

public class CommandRefusedTests
{
    [Fact]
    public void The_reason_is_the_title_and_the_detail()
    {
        new CommandRefused(404, "Not found", "no hook named ghost").Reason().ShouldBe("Not found: no hook named ghost");
    }

    [Fact]
    public void Without_a_detail_the_reason_is_the_title()
    {
        new CommandRefused(503, "Unavailable", "").Reason().ShouldBe("Unavailable");
    }

    [Fact]
    public void A_field_the_detail_does_not_name_is_added()
    {
        new CommandRefused(422, "Invalid value", "must be from 1 to 1000", "limit").Reason().ShouldBe("Invalid value: must be from 1 to 1000 (field: limit)");
    }

    [Fact]
    public void A_field_the_detail_names_is_not_repeated()
    {
        new CommandRefused(422, "Invalid value", "limit must be from 1 to 1000", "limit").Reason().ShouldBe("Invalid value: limit must be from 1 to 1000");
    }

    [Fact]
    public void A_detail_of_several_lines_becomes_one_line()
    {
        new CommandRefused(422, "Invalid hook", "line 3: unexpected symbol\nline 4: 'end' expected\r\n", "script")
            .Reason().ShouldBe("Invalid hook: line 3: unexpected symbol line 4: 'end' expected  (field: script)");
    }
}
