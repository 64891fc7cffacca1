using System.Text;
using SlothActors.Events;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Recording;

namespace SlothActors.Engine.Processing;

/// <summary>
/// An event's final outcome: failed if any hook failed, with each failing hook named in the error.
/// It carries the attempt count the worker ran it as, stored with the outcome (a backlog is routed without a write).
/// </summary>
internal static class EventOutcomes
{
    public const int MaxErrorChars = 8 * 1024;

    public static EventOutcome Of(Event evt, IReadOnlyList<HookExecution> executions, DateTimeOffset processedAt)
    {
        var anyFailed = false;
        for (var i = 0; i < executions.Count && !anyFailed; i++)
        {
            anyFailed = !executions[i].Success;
        }

        if (!anyFailed)
        {
            return new EventOutcome(evt.Id, EventStatus.Completed, null, processedAt, executions, Attempts: evt.Attempts);
        }

        var failed = executions.Where(x => !x.Success).OrderBy(x => x.HookName, StringComparer.Ordinal).ToList();
        return new EventOutcome(evt.Id, EventStatus.Failed, Describe(failed), processedAt, executions, Attempts: evt.Attempts);
    }

    private static string Describe(List<HookExecution> failed)
    {
        var text = new StringBuilder();
        foreach (var x in failed)
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(x.HookName).Append(": ").Append(x.Error);
            if (text.Length > MaxErrorChars)
            {
                text.Length = MaxErrorChars;
                text.Append(" [truncated]");
                break;
            }
        }

        return text.ToString();
    }
}
