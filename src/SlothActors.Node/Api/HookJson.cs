using System.Text.Json;
using SlothActors.Events.Hooks;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>A registered hook as the <c>/hooks</c> endpoints reply (the script only where asked for).</summary>
internal static class HookJson
{
    public static void Write(Utf8JsonWriter writer, HookDefinition hook, bool withScript)
    {
        writer.WriteStartObject();
        writer.WriteString("id", hook.Id);
        writer.WriteString("name", hook.Name);
        writer.WriteString("description", hook.Description);
        writer.WriteStartArray("event_types");
        foreach (var type in hook.EventTypes)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
        writer.WriteString("stack", hook.Stack);
        writer.WriteBoolean("enabled", hook.Enabled);
        writer.WriteString("script_sha256", hook.ScriptSha256);
        writer.WriteString("file_path", hook.FilePath);
        if (hook.Timeout is { } timeout)
        {
            writer.WriteNumber("timeout_ms", (long)timeout.TotalMilliseconds);
        }
        else
        {
            writer.WriteNull("timeout_ms");
        }

        writer.WriteNumber("run_count", hook.RunCount);
        if (hook.LastRun is { } lastRun)
        {
            ProtocolTimestamp.Write(writer, "last_run", lastRun);
        }
        else
        {
            writer.WriteNull("last_run");
        }

        ProtocolTimestamp.Write(writer, "created_at", hook.CreatedAt);
        ProtocolTimestamp.Write(writer, "updated_at", hook.UpdatedAt);
        if (withScript)
        {
            writer.WriteString("script", hook.Script);
        }

        writer.WriteEndObject();
    }

    public static void WriteList(Utf8JsonWriter writer, IReadOnlyList<HookDefinition> hooks)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("hooks");
        foreach (var hook in hooks)
        {
            Write(writer, hook, withScript: false);
        }

        writer.WriteEndArray();
        writer.WriteNumber("count", hooks.Count);
        writer.WriteEndObject();
    }
}
