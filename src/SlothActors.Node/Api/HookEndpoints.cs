using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SlothActors.Journal.Hooks;
using SlothActors.Journal.Queries;
using SlothActors.Lua.Loading;
using SlothActors.Node.Hooks;
using SlothActors.Node.Hosting;
using SlothActors.Node.Problems;

namespace SlothActors.Node.Api;

/// <summary><c>/hooks</c>: register (validated first), list, get, enable, disable, remove, history.</summary>
internal static class HookEndpoints
{
    public static IEndpointRouteBuilder MapHooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hooks", async (HttpContext context, HookRegistrar registrar, NodeOptions options) =>
        {
            var (body, bodyProblem) = await RequestBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted);
            var (request, problem) = bodyProblem is null ? HookRequestReader.ReadAdd(body!) : (null, bodyProblem);
            if (problem is not null)
            {
                return ProblemResponse.Result(problem);
            }

            try
            {
                var filePath = request!.FilePath ?? "api";
                var fileName = request.FilePath is null ? (request.Name ?? "hook") + ".lua" : Path.GetFileName(request.FilePath);
                var hook = registrar.Define(
                    request.Script, fileName, filePath, new HookOverrides(request.Name, request.EventTypes, request.Stack), request.Enabled);
                await registrar.AddAsync(hook, context.RequestAborted);
                return JsonReply.Of(StatusCodes.Status201Created, writer => HookJson.Write(writer, hook, withScript: false));
            }
            catch (HookRejectedException rejected)
            {
                return ProblemResponse.Result(rejected.Problem);
            }
            catch (DuplicateHookNameException duplicate)
            {
                return ProblemResponse.Result(new Problem(409, "duplicate-hook", "Hook exists", duplicate.Message, "name"));
            }
        });

        app.MapGet("/hooks", async (HttpContext context, IHookStore store) =>
        {
            var hooks = await store.ListHooksAsync(EventQueryReader.Text(context.Request.Query, "stack"), context.RequestAborted);
            return JsonReply.Ok(writer => HookJson.WriteList(writer, hooks));
        });

        app.MapGet("/hooks/{name}", async (string name, IHookStore store, CancellationToken ct) =>
            await store.GetHookAsync(name, ct) is { } hook
                ? JsonReply.Ok(writer => HookJson.Write(writer, hook, withScript: true))
                : ProblemResponse.Result(NoSuchHook(name)));

        app.MapPost("/hooks/{name}/enable", (string name, HookRegistrar registrar, CancellationToken ct) => SwitchAsync(name, true, registrar, ct));
        app.MapPost("/hooks/{name}/disable", (string name, HookRegistrar registrar, CancellationToken ct) => SwitchAsync(name, false, registrar, ct));

        app.MapDelete("/hooks/{name}", async (string name, HookRegistrar registrar, CancellationToken ct) =>
            await registrar.RemoveAsync(name, ct) ? Results.NoContent() : ProblemResponse.Result(NoSuchHook(name)));

        app.MapGet("/hooks/{name}/history", async (string name, HttpContext context, IHookStore store, IEventQueries queries) =>
        {
            int limit;
            try
            {
                limit = EventQueryReader.Number(context.Request.Query, "limit", 20, 1, EventQuery.MaxLimit);
            }
            catch (QueryValueException bad)
            {
                return ProblemResponse.Result(Problem.Invalid(bad.Parameter, bad.Message));
            }

            if (await store.GetHookAsync(name, context.RequestAborted) is null)
            {
                return ProblemResponse.Result(NoSuchHook(name));
            }

            var executions = await queries.HookHistoryAsync(name, limit, context.RequestAborted);
            return JsonReply.Ok(writer => ExecutionJson.WriteList(writer, executions, hookName: name));
        });
        return app;
    }

    public static Problem NoSuchHook(string name) =>
        Problem.NotFound($"no hook named '{(name.Length <= 80 ? name : name[..80] + "...")}'; `sloth hook list` shows the registered hooks");

    private static async Task<IResult> SwitchAsync(string name, bool enabled, HookRegistrar registrar, CancellationToken ct) =>
        await registrar.SetEnabledAsync(name, enabled, ct) is { } hook
            ? JsonReply.Ok(writer => HookJson.Write(writer, hook, withScript: false))
            : ProblemResponse.Result(NoSuchHook(name));
}
