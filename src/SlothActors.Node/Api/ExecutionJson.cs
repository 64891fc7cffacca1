using System.Text.Json;
using SlothActors.Events.Hooks;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>Hook executions as <c>/events/{id}/executions</c> and <c>/hooks/{name}/history</c> reply.</summary>
internal static class ExecutionJson
{
    public static void WriteList(Utf8JsonWriter writer, IReadOnlyList<HookExecution> executions, string? eventId = null, string? hookName = null)
    {
        writer.WriteStartObject();
        if (eventId is not null)
        {
            writer.WriteString("event_id", eventId);
        }

        if (hookName is not null)
        {
            writer.WriteString("hook_name", hookName);
        }

        writer.WriteStartArray("executions");
        foreach (var execution in executions)
        {
            Write(writer, execution);
        }

        writer.WriteEndArray();
        writer.WriteNumber("count", executions.Count);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, HookExecution execution)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", execution.Id);
        writer.WriteString("event_id", execution.EventId);
        writer.WriteString("hook_id", execution.HookId);
        writer.WriteString("hook_name", execution.HookName);
        writer.WriteBoolean("success", execution.Success);
        writer.WriteString("output", execution.Output);
        writer.WriteString("error", execution.Error);
        writer.WriteNumber("duration_ms", execution.DurationMs);
        ProtocolTimestamp.Write(writer, "executed_at", execution.ExecutedAt);
        writer.WriteEndObject();
    }
}
