using SlothActors.Events.Catalog;

namespace SlothActors.Events.Tests.Catalog;

public sealed class EventCatalogParserTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped()
    {
        var types = EventCatalogParser.Parse("# header | with a bar\n\n## group\nfoo.bar | A thing happened.\n");
        types.ShouldHaveSingleItem().ShouldBe(new EventTypeInfo("foo.bar", "foo", "A thing happened."));
    }

    [Theory]
    [InlineData("foo.bar", "description is missing")]
    [InlineData("Foo.bar | x", "lower-case letter")]
    [InlineData("foo.bar | x\nfoo.bar | y", "listed twice")]
    public void A_malformed_line_is_refused_with_its_line_number(string text, string expected)
    {
        var error = Should.Throw<FormatException>(() => EventCatalogParser.Parse(text));
        error.Message.ShouldContain("line ");
        error.Message.ShouldContain(expected);
    }
}
