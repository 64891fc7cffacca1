using SlothActors.Events;
using SlothActors.Journal.Queries;
using SlothActors.Journal.Recording;
using static SlothActors.Journal.Contract.JournalFixtures;

namespace SlothActors.Journal.Contract;

public abstract partial class EventJournalContract
{
    private async Task<IReadOnlyList<Event>> SeedQueryEventsAsync()
    {
        IReadOnlyList<Event> events =
        [
            NewEvent("workflow_started", T0.AddMinutes(1), "q1", "production", "mahavishnu", EventSeverity.Info, "c1", ["ci", "nightly"]),
            NewEvent("workflow_failed", T0.AddMinutes(2), "q2", "production", "mahavishnu", EventSeverity.Error, "c1", ["ci"]),
            NewEvent("quality_issue_found", T0.AddMinutes(3), "q3", "staging", "crackerjack", EventSeverity.Warning, "c2", ["nightly"]),
            NewEvent("cache_hit", T0.AddMinutes(4), "q4", null, "oneiric", EventSeverity.Debug, null, []),
            NewEvent("anomaly_detected", T0.AddMinutes(5), "q5", null, null, EventSeverity.Critical, "c1", ["ci", "nightly", "x"]),
        ];
        await Journal.AppendAsync(events, null, None);
        return events;
    }

    public static TheoryData<string, EventQuery, string[]> ListCases => new()
    {
        { "no filter, newest first", new EventQuery(), ["q5", "q4", "q3", "q2", "q1"] },
        { "ascending", new EventQuery { Order = SortOrder.Ascending }, ["q1", "q2", "q3", "q4", "q5"] },
        { "source", new EventQuery { Source = "mahavishnu" }, ["q2", "q1"] },
        { "type", new EventQuery { Type = "cache_hit" }, ["q4"] },
        { "exact severity", new EventQuery { Severity = EventSeverity.Warning }, ["q3"] },
        { "minimum severity", new EventQuery { MinSeverity = EventSeverity.Error }, ["q5", "q2"] },
        { "status", new EventQuery { Status = EventStatus.Completed }, ["q1"] },
        { "stack", new EventQuery { Stack = "production" }, ["q2", "q1"] },
        { "correlation id", new EventQuery { CorrelationId = "c1" }, ["q5", "q2", "q1"] },
        { "start inclusive", new EventQuery { Start = T0.AddMinutes(4) }, ["q5", "q4"] },
        { "end inclusive", new EventQuery { End = T0.AddMinutes(2) }, ["q2", "q1"] },
        { "time window", new EventQuery { Start = T0.AddMinutes(2), End = T0.AddMinutes(3) }, ["q3", "q2"] },
        { "one tag", new EventQuery { Tags = ["nightly"] }, ["q5", "q3", "q1"] },
        { "all tags must match", new EventQuery { Tags = ["ci", "nightly"] }, ["q5", "q1"] },
        { "unknown tag", new EventQuery { Tags = ["nope"] }, [] },
        { "limit", new EventQuery { Limit = 2 }, ["q5", "q4"] },
        { "offset pages on", new EventQuery { Limit = 2, Offset = 2 }, ["q3", "q2"] },
        { "offset past the end", new EventQuery { Offset = 10 }, [] },
        { "filters combine", new EventQuery { Source = "mahavishnu", Tags = ["nightly"], Order = SortOrder.Ascending }, ["q1"] },
    };

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task List_applies_each_filter_sort_and_page(string because, EventQuery query, string[] expectedIds)
    {
        await SeedQueryEventsAsync();
        await Journal.RecordAsync([new EventOutcome("q1", EventStatus.Completed, null, T0, [])], None);

        (await Journal.ListEventsAsync(query, None)).Select(e => e.Id).ShouldBe(expectedIds, because);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1001, 0)]
    [InlineData(10, -1)]
    public async Task List_refuses_a_limit_or_offset_out_of_range(int limit, int offset) =>
        await Should.ThrowAsync<ArgumentException>(() => Journal.ListEventsAsync(new EventQuery { Limit = limit, Offset = offset }, None));

    [Fact]
    public async Task Correlation_lookup_returns_the_chain_oldest_first_within_the_limit()
    {
        await SeedQueryEventsAsync();

        (await Journal.ByCorrelationAsync("c1", 100, None)).Select(e => e.Id).ShouldBe(["q1", "q2", "q5"]);
        (await Journal.ByCorrelationAsync("c1", 2, None)).Select(e => e.Id).ShouldBe(["q1", "q2"]);
        (await Journal.ByCorrelationAsync("none", 100, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stats_count_by_source_type_and_severity_within_the_time_range()
    {
        await SeedQueryEventsAsync();

        var all = await Journal.StatsAsync(null, null, None);
        all.Total.ShouldBe(5);
        all.BySource.ShouldBe(new Dictionary<string, long> { ["mahavishnu"] = 2, ["crackerjack"] = 1, ["oneiric"] = 1, [""] = 1 }, ignoreOrder: true);
        all.ByType.Count.ShouldBe(5);
        all.BySeverity["critical"].ShouldBe(1);

        var window = await Journal.StatsAsync(T0.AddMinutes(2), T0.AddMinutes(3), None);
        window.Total.ShouldBe(2);
        window.BySource.ShouldBe(new Dictionary<string, long> { ["mahavishnu"] = 1, ["crackerjack"] = 1 }, ignoreOrder: true);
        window.ByType.Keys.Order().ShouldBe(["quality_issue_found", "workflow_failed"]);
        window.BySeverity.ShouldBe(new Dictionary<string, long> { ["error"] = 1, ["warning"] = 1 }, ignoreOrder: true);
        window.Start.ShouldBe(T0.AddMinutes(2));
    }

    [Fact]
    public async Task Hook_history_is_newest_first_and_respects_the_limit()
    {
        var hook = NewHook("notify");
        var other = NewHook("other");
        await Journal.AddHookAsync(hook, None);
        await Journal.AddHookAsync(other, None);
        var events = Enumerable.Range(0, 5).Select(i => NewEvent(id: $"h{i}")).ToList();
        await Journal.AppendAsync(events, null, None);
        foreach (var e in events)
        {
            await Journal.RecordAsync(
                [new EventOutcome(e.Id, EventStatus.Completed, null, T0, [Execution(hook, e.Id, true, T0), Execution(other, e.Id, true, T0)])],
                None);
        }

        var history = await Journal.HookHistoryAsync("notify", 3, None);

        history.Select(x => x.EventId).ShouldBe(["h4", "h3", "h2"]);
        history.ShouldAllBe(x => x.HookName == "notify");
        (await Journal.HookHistoryAsync("missing", 3, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Counts_by_status_include_every_status()
    {
        await AppendProcessingAsync("w1", NewEvent());
        await Journal.AppendAsync([NewEvent(), NewEvent()], null, None);

        var counts = await Journal.CountByStatusAsync(None);

        counts.ShouldBe(new Dictionary<EventStatus, long>
        {
            [EventStatus.Pending] = 2,
            [EventStatus.Processing] = 1,
            [EventStatus.Completed] = 0,
            [EventStatus.Failed] = 0,
        }, ignoreOrder: true);
    }
}
