using SlothActors.Events.Catalog;
using SlothActors.Events.Naming;

namespace SlothActors.Events.Tests.Catalog;

public sealed class EventCatalogTests
{
    [Fact]
    public void Catalog_holds_the_118_documented_types_once_each()
    {
        EventCatalog.All.Count.ShouldBe(118);
        EventCatalog.All.Select(t => t.Name).Distinct().Count().ShouldBe(118);
    }

    [Fact]
    public void Every_type_is_valid_has_a_description_and_its_category_is_the_part_before_the_first_dot()
    {
        foreach (var type in EventCatalog.All)
        {
            EventTypeName.Validate(type.Name).ShouldBeNull();
            type.Description.ShouldNotBeNullOrWhiteSpace();
            type.Category.ShouldBe(type.Name.Split('.')[0]);
        }
    }

    [Fact]
    public void Lookup_by_name_finds_a_documented_type_and_not_a_custom_one()
    {
        EventCatalog.TryGet("task.failed", out var info).ShouldBeTrue();
        info.Category.ShouldBe("task");
        info.Description.ShouldContain("error");
        EventCatalog.Contains("workflow_started").ShouldBeFalse();
    }

    [Fact]
    public void Categories_are_distinct_and_each_lists_its_types()
    {
        EventCatalog.Categories.ShouldBe(EventCatalog.Categories.Distinct());
        EventCatalog.Categories.ShouldContain("agent");
        EventCatalog.Categories.ShouldContain("custom");
        EventCatalog.InCategory("task").Select(t => t.Name)
            .ShouldBe(["task.started", "task.completed", "task.failed", "task.timeout", "task.retrying", "task.cancelled"]);
        EventCatalog.InCategory("nope").ShouldBeEmpty();
        EventCatalog.Categories.Sum(c => EventCatalog.InCategory(c).Count).ShouldBe(118);
    }

    [Fact]
    public void A_type_without_a_dot_is_its_own_category()
    {
        EventCatalog.TryGet("custom", out var info).ShouldBeTrue();
        info.Category.ShouldBe("custom");
    }
}
