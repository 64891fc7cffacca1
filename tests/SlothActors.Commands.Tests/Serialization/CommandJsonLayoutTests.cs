using System.Text;
using System.Text.Json;
using SlothActors.Commands.Events;
using SlothActors.Commands.Hooks;
using SlothActors.Commands.Protocol;
using SlothActors.Commands.Serialization;

namespace SlothActors.Commands.Tests.Serialization;

/// <summary>
/// The wire layout of a few messages, byte for byte. A node and a CLI of different builds read
/// each other's JSON under the same <c>-v1</c> manifest: a renamed or re-cased field breaks that
/// silently, so a change here must be deliberate (and then usually a <c>-v2</c>).
/// </summary>
public sealed class CommandJsonLayoutTests() : Akka.TestKit.Xunit2.TestKit(CommandSerializerSetup.Hocon)
{
    [Fact]
    public void A_command_carries_its_fields_and_the_token_in_snake_case_and_leaves_out_nulls()
    {
        var add = new AddHook("return {}", "notify", ["task.failed"], null, true, "/hooks/notify.lua") { Token = "tok" };
        Wire(add).ShouldBe("""{"script":"return {}","name":"notify","event_types":["task.failed"],"enabled":true,"file_path":"/hooks/notify.lua","token":"tok"}""");
    }

    [Fact]
    public void A_refusal_is_the_problem_fields()
    {
        Wire(new CommandRefused(422, "Invalid value", "limit must be from 1 to 1000", "limit"))
            .ShouldBe("""{"status":422,"title":"Invalid value","detail":"limit must be from 1 to 1000","field":"limit"}""");
    }

    [Fact]
    public void An_event_keeps_its_data_as_json_and_its_times_with_their_offset()
    {
        using var data = JsonDocument.Parse("""{"task": "deploy"}""");
        var at = new DateTimeOffset(2026, 1, 2, 10, 30, 5, TimeSpan.FromHours(2));
        var evt = new EventView("e-1", "task.failed", "completed", "prod", null, "error", null, at, at, null, data.RootElement.Clone());
        Wire(evt).ShouldBe("""
            {"id":"e-1","type":"task.failed","status":"completed","stack":"prod","severity":"error","timestamp":"2026-01-02T10:30:05+02:00","created_at":"2026-01-02T10:30:05+02:00","data":{"task":"deploy"},"depth":0,"attempts":0}
            """);
    }

    [Fact]
    public void Input_field_names_are_read_whatever_their_case()
    {
        var back = Sys.Serialization.Deserialize(Encoding.UTF8.GetBytes("""{"NAME":"notify","Token":"tok"}"""), CommandSerializer.Id, "hook-get-v1");
        back.ShouldBe(new GetHook("notify") { Token = "tok" });
    }

    private string Wire(object message) => Encoding.UTF8.GetString(Sys.Serialization.FindSerializerFor(message).ToBinary(message));
}
