using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Events.Hooks;
using SlothActors.Journal.Hooks;
using SlothActors.Lua.Loading;
using SlothActors.Node.Hooks;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;
using SlothActors.Node.Protocol;

namespace SlothActors.Node.Api;

/// <summary>
/// <c>POST /hooks/test</c>: runs a script (validated first) or a registered hook once on the
/// given event, records nothing, and replies with what the run produced (200 even when the hook failed).
/// </summary>
internal static class HookTestEndpoint
{
    public static IEndpointRouteBuilder MapHookTest(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hooks/test", async (HttpContext context, HookRegistrar registrar, HookTester tester, IHookStore store, EventParser parser, NodeOptions options) =>
        {
            var (body, bodyProblem) = await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
            var (request, problem) = bodyProblem is null ? HookRequestReader.ReadTest(body!) : (null, bodyProblem);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            var parsed = parser.ParseEvent(request!.EventJson);
            if (!parsed.IsSuccess)
            {
                return ProblemResponse.Result(Problem.From(parsed.Error) with { Field = "event." + (parsed.Error.Field ?? "event") });
            }

            var transient = request.Script is not null;
            HookDefinition? hook;
            try
            {
                hook = transient ? Define(registrar, request.Script!, parsed.Event.Type) : await store.GetHookAsync(request.Name!, context.RequestAborted);
            }
            catch (HookRejectedException rejected)
            {
                return ProblemResponse.Result(rejected.Problem);
            }

            if (hook is null)
            {
                return ProblemResponse.Result(HookEndpoints.NoSuchHook(request.Name!));
            }

            var (result, durationMs) = await tester.RunAsync(hook, parsed.Event, transient, context.RequestAborted);
            return JsonReply.Ok(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("success", result.Success);
                writer.WriteString("output", result.Output);
                writer.WriteString("error", result.Error);
                writer.WriteNumber("duration_ms", durationMs);
                writer.WriteString("hook_name", hook.Name);
                writer.WriteString("event_id", parsed.Event.Id);
                writer.WriteEndObject();
            });
        });
        return app;
    }

    // A script under test gets its own id so it never shares warm VMs with a registered hook.
    public static HookDefinition Define(HookRegistrar registrar, string script, string eventType)
    {
        var hook = registrar.Define(script, "test.lua", "test", new HookOverrides(EventTypes: [eventType]), enabled: true);
        return hook with { Id = "test-" + hook.Id };
    }
}
