using System.CommandLine;

namespace SlothActors.Cli.Commands.Events;

/// <summary><c>sloth events ...</c>: inspect, dispatch and clean up events.</summary>
internal static class EventsCommand
{
    public static Command Create(GlobalOptions globals, CliConsole console)
    {
        var events = new Command("events", "List, inspect, dispatch, follow and clean up events");
        events.Add(EventsListCommand.Create(globals, console));
        events.Add(EventsGetCommand.Create(globals, console));
        events.Add(EventsShowCommand.Create(globals, console));
        events.Add(EventsDeleteCommand.Create(globals, console));
        events.Add(EventsCleanupCommand.Create(globals, console));
        events.Add(EventsDispatchCommand.Create(globals, console));
        events.Add(EventsTailCommand.Create(globals, console));
        events.Add(EventsTypesCommand.Create(globals, console));
        return events;
    }
}
