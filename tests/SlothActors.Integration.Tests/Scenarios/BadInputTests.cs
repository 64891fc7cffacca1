using System.Net;
using System.Text;
using SlothActors.Integration.Tests.Processes;

namespace SlothActors.Integration.Tests.Scenarios;

/// <summary>Every kind of bad input gets a one-line reason and a non-zero exit, never a stack trace.</summary>
[Collection(SharedNodeCollection.Name)]
public class BadInputTests(SharedNode shared)
{
    [Theory]
    [InlineData(new[] { "events", "dispatch", "bad.json", "--data", "{not json" }, 1, "--data is not valid JSON")]
    [InlineData(new[] { "events", "dispatch" }, 2, "Required argument 'TYPE' missing")]
    [InlineData(new[] { "events", "dispatch", "Bad Type" }, 2, "TYPE must be 1-128 characters")]
    [InlineData(new[] { "hook", "test", "some_hook", "--event", "Bad Type" }, 1, "event_type 'Bad Type' is not a valid name")]
    [InlineData(new[] { "hook", "get", "no_such_hook" }, 1, "no hook named 'no_such_hook'")]
    [InlineData(new[] { "hook", "enable", "no_such_hook" }, 1, "no hook named 'no_such_hook'")]
    [InlineData(new[] { "events", "show", "no-such-event" }, 1, "no event with id 'no-such-event'")]
    [InlineData(new[] { "events", "cleanup", "--older-than", "soon" }, 2, "--older-than must be a duration")]
    public async Task The_cli_names_what_is_wrong(string[] args, int exitCode, string reason)
    {
        var result = await shared.SlothAsync(args);
        result.ExitCode.ShouldBe(exitCode, result.ToString());
        result.Error.ShouldContain(reason);
        result.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Oversized_data_is_refused_with_the_limit()
    {
        var data = $$"""{"blob": "{{new string('x', SharedNode.MaxDataBytes)}}"}""";
        var result = await shared.SlothAsync("events", "dispatch", "bad.big", "--data", data);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain($"the limit is {SharedNode.MaxDataBytes} bytes");
        result.Error.TrimEnd('\n').ShouldNotContain("\n");
    }

    [Fact]
    public async Task A_duplicate_hook_name_is_refused()
    {
        var file = shared.HookFile("dup.lua", SharedNode.Hook("dup_hook", "dup.event"));
        (await shared.SlothAsync("hook", "add", file)).ExitCode.ShouldBe(0);
        var again = await shared.SlothAsync("hook", "add", file);
        again.ExitCode.ShouldBe(1, again.ToString());
        again.Error.ShouldContain("a hook named 'dup_hook' already exists");
    }

    [Fact]
    public async Task Invalid_lua_is_refused_with_its_line()
    {
        var file = shared.HookFile("broken.lua", "local hook = { name = \"broken\", event_type = \"x.y\" }\nfunction hook.execute(event)\n  return true +\nend\nreturn hook\n");
        var result = await shared.SlothAsync("hook", "add", file);
        result.ExitCode.ShouldBe(1, result.ToString());
        result.Error.ShouldContain("at line 4");
    }

    [Theory]
    [InlineData("/events", "{\"event_type\": ", HttpStatusCode.BadRequest, "not-json")]
    [InlineData("/events", "{\"data\": {}}", HttpStatusCode.UnprocessableEntity, "missing-field")]
    [InlineData("/events", "{\"event_type\": \"Bad Type\"}", HttpStatusCode.UnprocessableEntity, "invalid-field")]
    [InlineData("/events/batch", "[{\"event_type\": \"ok.one\"}, 5]", HttpStatusCode.Created, null)]
    [InlineData("/hooks", "{\"script\": \"return {\"}", HttpStatusCode.UnprocessableEntity, "invalid-hook")]
    public async Task The_http_api_answers_bad_bodies_with_problems(string path, string body, HttpStatusCode status, string? problem)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(shared.Url + path, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        if (problem is not null)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            text.ShouldContain("urn:sloth:problem:" + problem);
        }
    }
}
